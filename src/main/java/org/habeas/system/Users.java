package org.habeas.system;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The people who sign in to Habeas. */
@Component
public class Users {

  /** Languages a user can choose; the first is the default. */
  public static final List<String> LANGUAGES = List.of("en", "ru", "kk");

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  private final java.time.Clock clock;

  Users(JdbcClient jdbc, PasswordEncoder passwords, java.time.Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  /** A user and their password hash, read together for signing in. */
  record SignIn(Actor actor, String passwordHash) {}

  /**
   * The enabled user of that name. Within one web request the answer is read once and remembered
   * for the rest of the request (the request's attributes, so nothing outlives it and every
   * instance reads afresh on the next request); {@link #setLanguage} forgets it.
   */
  public Optional<Actor> find(String username) {
    var remembered = remembered(username);
    if (remembered != null) {
      return Optional.of(remembered);
    }
    return signIn(username).map(SignIn::actor);
  }

  /** The user with their password hash, in one read; remembered for the request like find. */
  Optional<SignIn> signIn(String username) {
    var found =
        jdbc.sql("select * from app_user where username = ? and enabled")
            .param(username)
            .query(
                (rs, i) ->
                    new SignIn(
                        new Actor(
                            rs.getString("username"),
                            rs.getString("display_name"),
                            Role.valueOf(rs.getString("role")),
                            rs.getString("facility_id"),
                            rs.getString("region_code"),
                            rs.getString("language"),
                            rs.getBoolean("supervisor")),
                        rs.getString("password_hash")))
            .optional();
    found.ifPresent(s -> remember(s.actor()));
    return found;
  }

  private static final String REMEMBERED = Users.class.getName() + ".actor";

  private static @Nullable Actor remembered(String username) {
    var request = RequestContextHolder.getRequestAttributes();
    if (request != null
        && request.getAttribute(REMEMBERED, RequestAttributes.SCOPE_REQUEST) instanceof Actor a
        && a.username().equals(username)) {
      return a;
    }
    return null;
  }

  private static void remember(Actor actor) {
    var request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(REMEMBERED, actor, RequestAttributes.SCOPE_REQUEST);
    }
  }

  private static void forget() {
    var request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(REMEMBERED, RequestAttributes.SCOPE_REQUEST);
    }
  }

  public List<Actor> all() {
    return jdbc
        .sql("select username from app_user order by role, username")
        .query(String.class)
        .list()
        .stream()
        .flatMap(u -> find(u).stream())
        .toList();
  }

  public boolean any() {
    return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
  }

  /** Creates a user; the password is stored only as a hash. */
  public void create(
      String username,
      String password,
      String displayName,
      Role role,
      @Nullable String facilityId,
      @Nullable String regionCode,
      String language) {
    jdbc.sql(
            "insert into app_user (username, password_hash, display_name, role, facility_id,"
                + " region_code, language, enabled, created_at) values (?, ?, ?, ?, ?, ?, ?, true, ?)")
        .params(
            username,
            passwords.encode(password),
            displayName,
            role.name(),
            facilityId,
            regionCode,
            language,
            java.sql.Timestamp.from(clock.instant()))
        .update();
  }

  /**
   * Makes a user a custody supervisor, or no longer one (a setting, changed by an administrator).
   */
  public void setSupervisor(String username, boolean supervisor) {
    jdbc.sql("update app_user set supervisor = ? where username = ?")
        .params(supervisor, username)
        .update();
    forget();
  }

  /** Remembers the language the user chose (a preference, not history). */
  public void setLanguage(String username, String language) {
    if (!Set.copyOf(LANGUAGES).contains(language)) {
      throw new IllegalArgumentException("unknown language " + language);
    }
    jdbc.sql("update app_user set language = ? where username = ?")
        .params(language, username)
        .update();
    forget();
  }
}
