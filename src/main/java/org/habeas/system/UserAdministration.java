package org.habeas.system;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.habeas.system.AdminActions.Kind;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to users: create, change, disable, enable, reset a password. Each act is
 * checked in full (every problem named at once, nothing stored on any) and audited in the same
 * transaction. Two rules keep the system administrable: nobody disables themselves, and the last
 * enabled administrator stays one.
 */
@Component
public class UserAdministration {

  /**
   * A user as the form sends it: every field as typed.
   *
   * @param agency for focal points, the agency they report for
   */
  public record UserForm(
      String username,
      String displayName,
      String role,
      String facilityId,
      String regionCode,
      String agency,
      String language,
      String email,
      boolean supervisor) {

    /** The form of an existing user. */
    public static UserForm of(Users.Account a, @Nullable String agency) {
      return new UserForm(
          a.username(),
          a.displayName(),
          a.role().name(),
          Objects.requireNonNullElse(a.facilityId(), ""),
          Objects.requireNonNullElse(a.regionCode(), ""),
          Objects.requireNonNullElse(agency, ""),
          a.language(),
          Objects.requireNonNullElse(a.email(), ""),
          a.supervisor());
    }

    /** An empty form. */
    public static UserForm empty() {
      return new UserForm("", "", "", "", "", "", "en", "", false);
    }
  }

  /** The shortest password an administrator may set. */
  public static final int MIN_PASSWORD = 10;

  /** Letters and digits no one mistakes for each other when read out or copied. */
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Users users;
  private final Facilities facilities;
  private final AdminActions audit;
  private final Agencies agencies;
  private final UserFormChecks checks;
  private final SecureRandom random = new SecureRandom();

  UserAdministration(
      Users users,
      Facilities facilities,
      AdminActions audit,
      Agencies agencies,
      UserFormChecks checks) {
    this.users = users;
    this.facilities = facilities;
    this.audit = audit;
    this.agencies = agencies;
    this.checks = checks;
  }

  /** The agencies a focal point may report for. */
  public List<String> agencyCodes() {
    return agencies.codes();
  }

  /** The agency of a focal point, if any. */
  public @Nullable String agencyOf(String username) {
    return agencies.of(username).orElse(null);
  }

  /**
   * Creates a user with a generated one-time password, returned to be shown once.
   *
   * @throws Problem 400 with every field at fault
   */
  @Transactional
  public String create(Actor admin, UserForm form) {
    requireAdmin(admin);
    var problems = checks.of(form, true);
    throwIf(problems);
    var a = account(form, true);
    var password = generatedPassword();
    users.create(
        a.username(),
        password,
        a.displayName(),
        a.role(),
        a.facilityId(),
        a.regionCode(),
        a.language());
    users.update(a);
    assignAgency(admin, a, form.agency());
    audit.record(admin, Kind.USER_CREATED, a.username(), describe(fields(a, form.agency())));
    return password;
  }

  /**
   * Changes a user (not their name, password or whether they are enabled).
   *
   * @throws Problem 404 for an unknown user, 400 with every field at fault
   */
  @Transactional
  public void update(Actor admin, UserForm form) {
    requireAdmin(admin);
    var before = existing(form.username());
    var problems = checks.of(form, false);
    if (before.role() == Role.ADMIN
        && !Role.ADMIN.name().equals(form.role())
        && before.enabled()
        && users.enabledAdministrators() <= 1) {
      problems.add(new FieldProblem("role", "admin.users.lastAdmin"));
    }
    throwIf(problems);
    var after = account(form, before.enabled());
    var agencyBefore = agencyOf(before.username());
    users.update(after);
    assignAgency(admin, after, form.agency());
    var changes = changes(fields(before, agencyBefore), fields(after, form.agency()));
    if (!changes.isEmpty()) {
      audit.record(admin, Kind.USER_CHANGED, after.username(), changes);
    }
  }

  /**
   * Disables or enables a user.
   *
   * @throws Problem 409 {@code admin.users.self} or {@code admin.users.lastAdmin}
   */
  @Transactional
  public void setEnabled(Actor admin, String username, boolean enabled) {
    requireAdmin(admin);
    var user = existing(username);
    if (user.enabled() == enabled) {
      return;
    }
    if (!enabled && user.username().equals(admin.username())) {
      throw new Problem(Problem.Kind.CONFLICT, "admin.users.self", List.of());
    }
    if (!enabled && user.role() == Role.ADMIN && users.enabledAdministrators() <= 1) {
      throw new Problem(Problem.Kind.CONFLICT, "admin.users.lastAdmin", List.of());
    }
    users.setEnabled(username, enabled);
    audit.record(admin, enabled ? Kind.USER_ENABLED : Kind.USER_DISABLED, username, null);
  }

  /**
   * Sets a user's password: the one the administrator typed, or a generated one when none is given.
   * Returns the generated password to be shown once, or null when one was typed.
   *
   * @throws Problem 400 on a password too short
   */
  @Transactional
  public @Nullable String resetPassword(Actor admin, String username, @Nullable String typed) {
    requireAdmin(admin);
    existing(username);
    String generated = null;
    var password = typed == null ? "" : typed;
    if (password.isEmpty()) {
      generated = generatedPassword();
      password = generated;
    } else if (password.strip().length() < MIN_PASSWORD || password.length() > 200) {
      throw Problem.badField("password", "admin.users.passwordLength", MIN_PASSWORD);
    }
    users.setPassword(username, password);
    audit.record(admin, Kind.PASSWORD_RESET, username, generated == null ? "set" : "generated");
    return generated;
  }

  private Users.Account existing(String username) {
    return users.account(username).orElseThrow(() -> Problem.notFound("admin.users.unknown"));
  }

  private static void requireAdmin(Actor admin) {
    if (!admin.is(Role.ADMIN)) {
      throw Problem.forbidden("admin.forbidden");
    }
  }

  private static void throwIf(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
  }

  /** The checked form as stored: the region follows the facility; only officers supervise. */
  private Users.Account account(UserForm f, boolean enabled) {
    var role = Objects.requireNonNull(UserFormChecks.role(f.role()));
    var facility = f.facilityId().isBlank() ? null : facilities.find(f.facilityId()).orElseThrow();
    var region =
        facility != null ? facility.regionCode() : f.regionCode().isBlank() ? null : f.regionCode();
    var email = f.email().strip();
    return new Users.Account(
        f.username(),
        f.displayName().strip(),
        role,
        facility == null ? null : facility.id(),
        region,
        f.language(),
        email.isEmpty() ? null : email,
        role == Role.CUSTODY_OFFICER && f.supervisor(),
        enabled,
        null);
  }

  private void assignAgency(Actor admin, Users.Account a, String agency) {
    if (a.role() == Role.FOCAL_POINT && !agency.isBlank()) {
      agencies.assign(admin, a.username(), agency);
    }
  }

  /** The audited fields of a user (never the password). */
  private static Map<String, String> fields(Users.Account a, @Nullable String agency) {
    var m = new LinkedHashMap<String, String>();
    m.put("displayName", a.displayName());
    m.put("role", a.role().name());
    m.put("facility", Objects.requireNonNullElse(a.facilityId(), ""));
    m.put("region", Objects.requireNonNullElse(a.regionCode(), ""));
    m.put("agency", a.role() == Role.FOCAL_POINT ? Objects.requireNonNullElse(agency, "") : "");
    m.put("language", a.language());
    m.put("email", Objects.requireNonNullElse(a.email(), ""));
    m.put("supervisor", String.valueOf(a.supervisor()));
    return m;
  }

  static String describe(Map<String, String> fields) {
    var parts = new ArrayList<String>();
    fields.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            parts.add(k + "=" + v);
          }
        });
    return String.join("; ", parts);
  }

  /** "field: before → after" for each field that changed. */
  static String changes(Map<String, String> before, Map<String, String> after) {
    var parts = new ArrayList<String>();
    after.forEach(
        (k, v) -> {
          var was = before.getOrDefault(k, "");
          if (!was.equals(v)) {
            parts.add(k + ": " + (was.isEmpty() ? "—" : was) + " → " + (v.isEmpty() ? "—" : v));
          }
        });
    return String.join("; ", parts);
  }

  private String generatedPassword() {
    var sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append('-');
      }
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
