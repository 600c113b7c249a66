package org.habeas.detentionreports;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.habeas.complaints.IntakeLimits;
import org.habeas.detentionreports.DetentionReports.Made;
import org.habeas.detentionreports.DetentionReports.Person;
import org.habeas.detentionreports.DetentionReports.PublicStatus;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.RecordPayloads;
import org.habeas.safeguards.ProfileSettings.RegistrationLimit;
import org.habeas.safeguards.Profiles;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public door: a report taken (rate-limited like complaints, every problem named at once,
 * nothing half-stored), sealed, committed to the log and matched at once; and its status by code.
 */
@Component
class ReportIntake {

  private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);
  private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ReportStore store;
  private final ReportStream stream;
  private final ReportChecks checks;
  private final ReportMatching matching;
  private final IntakeLimits limits;
  private final Profiles profiles;
  private final RecordPayloads payloads;
  private final MerkleLog ledger;
  private final JsonMapper json;

  ReportIntake(
      ReportStore store,
      ReportStream stream,
      ReportChecks checks,
      ReportMatching matching,
      IntakeLimits limits,
      Profiles profiles,
      RecordPayloads payloads,
      MerkleLog ledger,
      JsonMapper json) {
    this.store = store;
    this.stream = stream;
    this.checks = checks;
    this.matching = matching;
    this.limits = limits;
    this.profiles = profiles;
    this.payloads = payloads;
    this.ledger = ledger;
    this.json = json;
  }

  /** {@link DetentionReports#report}. */
  @Transactional
  Made report(DetentionReport r, List<FieldProblem> unread, String clientAddress) {
    limits.acquire(IntakeLimits.Door.LODGE, clientAddress);
    if (r.website() != null && !r.website().isBlank()) {
      log.info("Detention reports: public report refused (hidden field filled: likely a robot)");
      throw new Problem(Problem.Kind.INVALID, "complaints.refused", List.of());
    }
    return store(r, unread, "public");
  }

  /** {@link DetentionReports#reportAsIs}. */
  @Transactional
  Made reportAsIs(DetentionReport r, String by) {
    return store(r, List.of(), by);
  }

  private Made store(DetentionReport r, List<FieldProblem> unread, String by) {
    var now = stream.now();
    var where = checks.checked(r, unread, now);
    // checked() refused a report without these (@NotNull on DetentionReport).
    var sinceAt =
        Objects.requireNonNull(r.since(), "since")
            .atZone(where.zone())
            .toInstant()
            .truncatedTo(ChronoUnit.MILLIS);
    var limit = registrationLimit(where.jurisdiction(), now);
    Instant limitAt = limit == null ? null : sinceAt.plus(limit.limit());
    Instant dueAt = limitAt == null ? null : limitAt.isBefore(now) ? now : limitAt;
    var id = UUID.randomUUID();
    var code = code();
    var person =
        new Person(
            r.personName().strip(),
            Objects.requireNonNull(r.birthDate(), "birthDate"),
            DetentionReport.blankToNull(r.nationalId()),
            where.facility() == null ? DetentionReport.blankToNull(r.place()) : null,
            r.account().strip(),
            Objects.requireNonNull(r.reporterRelation(), "reporterRelation"),
            DetentionReport.blankToNull(r.reporterName()),
            DetentionReport.blankToNull(r.reporterContact()));
    var personJson = json.writeValueAsString(person);
    var stored =
        new ReportStore.Stored(
            id,
            now,
            sinceAt,
            where.facility() == null ? null : where.facility().id(),
            where.regionCode(),
            where.jurisdiction(),
            limitAt,
            dueAt,
            limit == null ? null : DetentionReports.cut(limit.basis(), 500),
            payloads.seal(id.toString(), 0, personJson));
    store.insert(stored, DetentionReports.hash(code));
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("facilityId", stored.facilityId());
    details.put("regionCode", stored.regionCode());
    details.put("jurisdiction", stored.jurisdiction());
    details.put("since", sinceAt.toString());
    details.put("limitAt", limitAt == null ? null : limitAt.toString());
    details.put("dueAt", dueAt == null ? null : dueAt.toString());
    details.put("reporterRelation", person.relation().name());
    // The person and the words stay sealed in the report's row; the log commits to their digest.
    details.put("reportDigest", ledger.digest(id.toString(), personJson));
    stream.append(stored, 1, Steps.REPORTED, now, by, details, null);
    var state =
        matching.match(stored, by)
            ? Steps.fold(stored, store.steps(id)).state()
            : ReportState.AWAITING_RECORD;
    log.info("Detention reports: report {} received", DetentionReports.pseudonym(id));
    return new Made(id, code, state);
  }

  /** The profile's registration limit in force at {@code at}; null without one. */
  private @Nullable RegistrationLimit registrationLimit(@Nullable String jurisdiction, Instant at) {
    if (jurisdiction == null) {
      return null;
    }
    try {
      return profiles.inForce(jurisdiction, at).settings().registrationLimit();
    } catch (RuntimeException e) {
      log.warn(
          "Detention reports: no profile {} in force; the report raises no alert", jurisdiction);
      return null;
    }
  }

  /** {@link DetentionReports#status}. */
  Optional<PublicStatus> status(String code, String clientAddress) {
    limits.acquire(IntakeLimits.Door.STATUS, clientAddress);
    if (code.isBlank() || code.length() > 60) {
      return Optional.empty();
    }
    return store
        .byReferenceHash(DetentionReports.hash(code))
        .map(
            r ->
                new PublicStatus(
                    Steps.fold(r, store.steps(r.id())).state(), r.reportedAt(), r.limitAt()));
  }

  /** A new code: DR- and 20 characters of Crockford's Base32 (100 random bits), in groups. */
  private static String code() {
    var sb = new StringBuilder("DR");
    for (int i = 0; i < 20; i++) {
      if (i % 5 == 0) {
        sb.append('-');
      }
      sb.append(BASE32[RANDOM.nextInt(32)]);
    }
    return sb.toString();
  }
}
