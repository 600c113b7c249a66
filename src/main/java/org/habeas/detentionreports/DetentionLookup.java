package org.habeas.detentionreports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's question, "is my relative held, and where?" (issue 19): asked with the person's full
 * name and date of birth (and the national identity number where the jurisdiction's profile
 * requires it), answered from the custody records by exact match only, and only with what the
 * jurisdiction's disclosure policy ({@code settings.lookup} of its profile) tells this enquirer.
 * Every enquiry is rate-limited ({@link LookupLimits}), stored and committed to the ledger, and
 * listed on the record's page. The use case lives in {@link Lookups}.
 */
@Service
public class DetentionLookup {

  /** The question, read and checked. */
  public record Enquiry(String name, LocalDate birthDate, @Nullable String nationalId) {}

  /**
   * Who asks: the public, or a signed-in lawyer with a bar number.
   *
   * @param username the signed-in user, or null
   */
  public record Enquirer(@Nullable String username, @Nullable String barNumber) {

    static final Enquirer PUBLIC = new Enquirer(null, null);

    public boolean lawyer() {
      return barNumber != null;
    }

    public String kind() {
      return lawyer() ? "lawyer" : "public";
    }
  }

  /** A facility as the answer gives it: its address and phone when an administrator set them. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FacilityShown(String name, @Nullable String address, @Nullable String phone) {}

  /**
   * The answer: found or not, and only the facts the policy discloses (the others are null and left
   * out of the JSON).
   *
   * @param status held, transferred (on the way to, or handed over to, the facility named) or
   *     released
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Answer(
      boolean found,
      @Nullable String status,
      @Nullable FacilityShown facility,
      @Nullable Instant apprehendedAt,
      @Nullable Instant endedAt) {

    static final Answer NOT_FOUND = new Answer(false, null, null, null, null);
  }

  /**
   * One enquiry about the person of a record, for the record's page.
   *
   * @param enquirer public or lawyer
   * @param outcome found (told), withheld (the policy told this enquirer nothing)
   */
  public record Asked(
      Instant askedAt, String enquirer, @Nullable String barNumber, String outcome) {}

  /** Refused for now: {@code lookup.tooMany} with the minutes to wait; 429. */
  public static final class TooMany extends Problem {
    private final long retryAfterSeconds;

    TooMany(long retryAfterSeconds) {
      super(Kind.TOO_MANY, "lookup.tooMany", List.of(), Math.max(1, (retryAfterSeconds + 59) / 60));
      this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The value of the {@code Retry-After} header: whole seconds, at least one. */
    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  private final Lookups lookups;

  DetentionLookup(Lookups lookups) {
    this.lookups = lookups;
  }

  /**
   * Reads the question as typed: every field at fault named at once (400), nothing stored.
   *
   * @throws Problem naming {@code name}, {@code birthDate} or {@code nationalId}
   */
  public static Enquiry read(
      @Nullable String name, @Nullable String birthDate, @Nullable String nationalId) {
    return LookupChecks.read(name, birthDate, nationalId);
  }

  /**
   * Who asks: a signed-in lawyer must give a bar number ({@code barNumber}, recorded with the
   * enquiry); anyone else asks as the public and may not give one (400).
   */
  public static Enquirer enquirer(@Nullable Actor actor, @Nullable String barNumber) {
    return LookupChecks.enquirer(actor, barNumber);
  }

  /**
   * Asks: over the limits {@link TooMany} (429, nothing stored); else the answer the jurisdiction's
   * policy gives this enquirer, the enquiry stored and committed to the ledger.
   */
  @Transactional
  public Answer ask(Enquiry q, Enquirer who, String clientAddress) {
    return lookups.ask(q, who, clientAddress);
  }

  /** Who asked about the person of this record, newest first (the viewer may see the record). */
  public List<Asked> askedAbout(String recordId) {
    return lookups.askedAbout(recordId);
  }

  /**
   * Sets a facility's public address and phone, which the answers give from now on: an
   * administrator's (403 for anyone else), kept with the earlier ones (append-only).
   *
   * @throws Problem naming {@code address} or {@code phone}; 404 for an unknown facility
   */
  @Transactional
  public void setContact(
      Actor actor, String facilityId, @Nullable String address, @Nullable String phone) {
    if (!actor.is(Role.ADMIN)) {
      throw Problem.forbidden("problem.forbidden");
    }
    var a = address == null ? "" : address.strip();
    var p = phone == null ? "" : phone.strip();
    var problems = new ArrayList<Problem.FieldProblem>();
    if (a.isEmpty() || a.length() > 300) {
      problems.add(new Problem.FieldProblem("address", "lookup.badAddress"));
    }
    if (!LookupChecks.PHONE.matcher(p).matches()) {
      problems.add(new Problem.FieldProblem("phone", "lookup.badPhone"));
    }
    if (!problems.isEmpty()) {
      throw Problem.invalid(problems);
    }
    lookups.setContact(facilityId, a, p, actor.username());
  }
}
