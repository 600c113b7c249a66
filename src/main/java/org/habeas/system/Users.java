package org.habeas.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The people who sign in to Habeas. */
@Component
public class Users {

  /** Languages a user can choose; the first is the default. */
  public static final List<String> LANGUAGES = List.of("en", "ru", "kk");

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  private final Clock clock;
  private final ApiActorCache apiActors;

  Users(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, ApiActorCache apiActors) {
    this.apiActors = apiActors;
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
    var remembered = RequestActors.remembered(username);
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
            .query((rs, i) -> new SignIn(actor(rs), rs.getString("password_hash")))
            .optional();
    found.ifPresent(s -> RequestActors.remember(s.actor()));
    return found;
  }

  /** The actor of an {@code app_user} row. */
  static Actor actor(ResultSet rs) throws SQLException {
    return new Actor(
        rs.getString("username"),
        rs.getString("display_name"),
        Role.valueOf(rs.getString("role")),
        rs.getString("facility_id"),
        rs.getString("region_code"),
        rs.getString("language"),
        rs.getBoolean("supervisor"));
  }

  /**
   * A user as administrators see and change them: everything but the password, enabled or not.
   *
   * @param agency the agency a focal point reports for (kept by the monitoring module)
   */
  public record Account(
      String username,
      String displayName,
      Role role,
      @Nullable String facilityId,
      @Nullable String regionCode,
      String language,
      @Nullable String email,
      boolean supervisor,
      boolean enabled,
      @Nullable Instant createdAt) {}

  private static Account account(ResultSet rs) throws SQLException {
    var created = rs.getTimestamp("created_at");
    return new Account(
        rs.getString("username"),
        rs.getString("display_name"),
        Role.valueOf(rs.getString("role")),
        rs.getString("facility_id"),
        rs.getString("region_code"),
        rs.getString("language"),
        rs.getString("email"),
        rs.getBoolean("supervisor"),
        rs.getBoolean("enabled"),
        created == null ? null : created.toInstant());
  }

  /** The user of that name, enabled or not. */
  public Optional<Account> account(String username) {
    return jdbc.sql("select * from app_user where username = ?")
        .param(username)
        .query((rs, i) -> account(rs))
        .optional();
  }

  /**
   * A page of users whose name or display name contains {@code text} (any case), of one role or
   * all, by username.
   */
  public List<Account> search(@Nullable String text, @Nullable Role role, int offset, int limit) {
    var params = new ArrayList<Object>();
    var where = where(text, role, params);
    params.add(limit);
    params.add(offset);
    return jdbc.sql("select * from app_user" + where + " order by username limit ? offset ?")
        .params(params)
        .query((rs, i) -> account(rs))
        .list();
  }

  public long count(@Nullable String text, @Nullable Role role) {
    var params = new ArrayList<Object>();
    return jdbc.sql("select count(*) from app_user" + where(text, role, params))
        .params(params)
        .query(Long.class)
        .single();
  }

  private static String where(@Nullable String text, @Nullable Role role, List<Object> params) {
    var clauses = new ArrayList<String>();
    if (text != null && !text.isBlank()) {
      var like =
          "%"
              + text.strip()
                  .toLowerCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%";
      clauses.add("(lower(username) like ? escape '\\' or lower(display_name) like ? escape '\\')");
      params.add(like);
      params.add(like);
    }
    if (role != null) {
      clauses.add("role = ?");
      params.add(role.name());
    }
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  /** How many users cannot sign in. */
  public long disabled() {
    return jdbc.sql("select count(*) from app_user where not enabled").query(Long.class).single();
  }

  /** How many administrators can sign in. */
  public long enabledAdministrators() {
    return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled")
        .query(Long.class)
        .single();
  }

  /** Changes everything of a user but the name, the password and whether they are enabled. */
  public void update(Account a) {
    jdbc.sql(
            "update app_user set display_name = ?, role = ?, facility_id = ?, region_code = ?,"
                + " language = ?, email = ?, supervisor = ? where username = ?")
        .params(
            Arrays.<@Nullable Object>asList(
                a.displayName(),
                a.role().name(),
                a.facilityId(),
                a.regionCode(),
                a.language(),
                a.email(),
                a.supervisor(),
                a.username()))
        .update();
    RequestActors.forget();
    apiActors.forgetUser(a.username());
  }

  /** Lets a user sign in again, or no longer. */
  public void setEnabled(String username, boolean enabled) {
    jdbc.sql("update app_user set enabled = ? where username = ?")
        .params(enabled, username)
        .update();
    RequestActors.forget();
    apiActors.forgetUser(username);
  }

  /** Sets a new password; only its hash is stored. */
  public void setPassword(String username, String password) {
    jdbc.sql("update app_user set password_hash = ? where username = ?")
        .params(hash(password), username)
        .update();
    apiActors.forgetUser(username);
  }

  /** The stored hash of a password; the encoder returns null only for a null password. */
  private String hash(String password) {
    return Objects.requireNonNull(passwords.encode(password), "a password has a hash");
  }

  /** Sets a user's e-mail address (none when null). */
  public void setEmail(String username, @Nullable String email) {
    jdbc.sql("update app_user set email = ? where username = ?")
        .param(1, email)
        .param(2, username)
        .update();
  }

  public List<Actor> all() {
    return jdbc
        .sql("select username from app_user order by role, username")
        .query((rs, n) -> rs.getString(1))
        .list()
        .stream()
        .flatMap(u -> find(Objects.requireNonNull(u, "username is not null")).stream())
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
            Arrays.<@Nullable Object>asList(
                username,
                hash(password),
                displayName,
                role.name(),
                facilityId,
                regionCode,
                language,
                Timestamp.from(clock.instant())))
        .update();
  }

  /**
   * Makes a user a custody supervisor, or no longer one (a setting, changed by an administrator).
   */
  public void setSupervisor(String username, boolean supervisor) {
    jdbc.sql("update app_user set supervisor = ? where username = ?")
        .params(supervisor, username)
        .update();
    RequestActors.forget();
    apiActors.forgetUser(username);
  }

  /** Remembers the language the user chose (a preference, not history). */
  public void setLanguage(String username, String language) {
    if (!Set.copyOf(LANGUAGES).contains(language)) {
      throw new IllegalArgumentException("unknown language " + language);
    }
    jdbc.sql("update app_user set language = ? where username = ?")
        .params(language, username)
        .update();
    RequestActors.forget();
    apiActors.forgetUser(username);
  }
}
