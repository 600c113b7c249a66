package org.habeas.complaints;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.habeas.complaints.Uploads.Accepted;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Upload;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lodging a complaint: from the public door, by a signed-in monitor or lawyer, or raised by a
 * custody event or an unacknowledged detention report; and adding documents to one. Every entry
 * lands with its ledger commitment in one transaction, or nothing does.
 */
@Service
public class ComplaintIntake {

  private static final Logger log = LoggerFactory.getLogger(ComplaintIntake.class);

  /** What the complainant is given once: the reference and the secret to follow the status. */
  public record Lodged(UUID id, String reference, String secret) {}

  private final ComplaintStore store;
  private final Timeline timeline;
  private final IntakeChecks checks;
  private final IntakeLimits limits;
  private final ComplaintAccess access;
  private final ComplaintSettings settings;

  ComplaintIntake(
      ComplaintStore store,
      Timeline timeline,
      IntakeChecks checks,
      IntakeLimits limits,
      ComplaintAccess access,
      ComplaintSettings settings) {
    this.store = store;
    this.timeline = timeline;
    this.checks = checks;
    this.limits = limits;
    this.access = access;
    this.settings = settings;
  }

  public ComplaintSettings settings() {
    return settings;
  }

  /**
   * A complaint from the public door: rate-limited per address and per network block; a filled
   * honeypot is refused with a generic message (logged without any of the data); the intake and
   * every attachment are checked before anything is stored.
   */
  @Transactional
  public Lodged lodgePublic(
      Intake intake, List<Upload> uploads, String clientAddress, String language) {
    return lodgePublic(intake, List.of(), uploads, clientAddress, language);
  }

  /**
   * A complaint from the public form, some of whose fields could not even be read ({@code unread},
   * the intake holding stand-ins for them): every problem of the form, those and the others, is
   * reported at once, so that the complainant corrects them all in one go.
   */
  @Transactional
  public Lodged lodgePublic(
      Intake intake,
      List<FieldProblem> unread,
      List<Upload> uploads,
      String clientAddress,
      String language) {
    limits.acquire(clientAddress);
    if (intake.website() != null && !intake.website().isBlank()) {
      log.info("Complaints: public intake refused (hidden field filled: likely a robot)");
      throw new Problem(Problem.Kind.INVALID, "complaints.refused", List.of());
    }
    var accepted = checks.checked(intake, unread, uploads);
    return lodge(intake, accepted, Source.PUBLIC, "public", language, null, null, null);
  }

  /** A complaint taken in by a signed-in monitor or lawyer; {@code oral} when made in a visit. */
  @Transactional
  public Lodged lodgeStaff(Actor actor, Intake intake, List<Upload> uploads, boolean oral) {
    if (!ComplaintAccess.mayTakeIn(actor)) {
      throw Problem.forbidden("complaints.forbidden");
    }
    var accepted = checks.checked(intake, List.of(), uploads);
    return lodge(
        intake,
        accepted,
        oral ? Source.ORAL : Source.STAFF,
        actor.username(),
        actor.language(),
        null,
        null,
        null);
  }

  /**
   * A complaint raised by a custody event (an allegation, an injury), once per event: a second call
   * for the same event returns the first complaint's id.
   */
  @Transactional
  public UUID raiseFromCustody(
      String recordId,
      int seq,
      String recordedBy,
      Instant occurredAt,
      Intake intake,
      Category category) {
    var existing = store.byCustodyEvent(recordId, seq);
    if (existing.isPresent()) {
      return existing.get();
    }
    checks.validate(intake);
    return lodge(
            intake,
            List.of(),
            Source.CUSTODY,
            recordedBy,
            "en",
            new CustodyLink(recordId, seq),
            category,
            occurredAt)
        .id();
  }

  /**
   * A complaint of unlawful detention raised by a report of a detention that no custody record
   * acknowledged within its profile's limit (module detentionreports): urgent when the person is
   * held. Raised once per report: the caller keeps that in its own stream, in this transaction.
   *
   * @param by the process raising it, as the complaint's history names it
   */
  @Transactional
  public UUID raiseUnacknowledgedDetention(String by, Instant occurredAt, Intake intake) {
    checks.validate(intake);
    return lodge(
            intake,
            List.of(),
            Source.DETENTION_REPORT,
            by,
            "en",
            null,
            Category.UNLAWFUL_DETENTION,
            occurredAt)
        .id();
  }

  /** Adds documents to a complaint (its handler, or who may see it fully). */
  @Transactional
  public void addDocuments(Actor actor, UUID id, List<Upload> uploads) {
    var c = timeline.complaint(id);
    var entries = timeline.entries(id);
    var s = ComplaintState.fold(entries);
    if (access.visibility(actor, c, s) != ComplaintAccess.Visibility.FULL
        && !access.mayHandle(actor, s)) {
      throw Problem.notFound("complaints.notFound");
    }
    var files = checks.uploads(uploads);
    var all = new ArrayList<>(entries);
    int seq = s.lastSeq();
    for (var f : files) {
      all.add(timeline.attach(c, ++seq, f, actor.username()));
    }
    timeline.project(c, all);
  }

  private record CustodyLink(String recordId, int seq) {}

  private Lodged lodge(
      Intake in,
      List<Accepted> files,
      Source source,
      String by,
      String language,
      @Nullable CustodyLink link,
      @Nullable Category category,
      @Nullable Instant occurredAt) {
    var now = timeline.now();
    var id = UUID.randomUUID();
    var reference = Secrets.reference();
    var secret = Secrets.secret();
    boolean anonymous = in.complainantRole() == ComplainantRole.ANONYMOUS;
    var c =
        new StoredComplaint(
            id,
            reference,
            source,
            in.complainantRole(),
            anonymous ? null : Intake.blankToNull(in.complainantName()),
            in.victim(),
            in.contactPreference(),
            Intake.blankToNull(in.contact()),
            in.narrative().strip(),
            Intake.blankToNull(in.place()),
            Intake.blankToNull(in.facilityId()),
            in.incidentDate(),
            Intake.blankToNull(in.against()),
            Intake.blankToNull(in.injuries()),
            in.stillHeld(),
            link == null ? null : link.recordId(),
            link == null ? null : link.seq(),
            occurredAt == null ? now : occurredAt.truncatedTo(ChronoUnit.MILLIS),
            by,
            language(language));
    store.insert(c, Secrets.hash(secret));
    // The intake's words and names stay in the complaint row; the log commits to their digest.
    var lodged =
        new ComplaintEvent.Lodged(
            reference,
            source,
            c.complainantRole(),
            c.contactPreference(),
            c.facilityId(),
            c.incidentDate(),
            c.stillHeld(),
            category,
            c.custodyRecordId(),
            c.custodySeq(),
            c.language(),
            intakeDigest(c));
    var entries = new ArrayList<ComplaintEntry>();
    entries.add(timeline.append(c, 1, lodged, c.lodgedAt(), by));
    int seq = 1;
    for (var f : files) {
      seq++;
      entries.add(timeline.attach(c, seq, f, by));
    }
    timeline.project(c, entries);
    return new Lodged(id, reference, secret);
  }

  /** The languages a complaint may be lodged in; any other is taken as English. */
  private static String language(String lang) {
    return switch (lang) {
      case "kk", "ru", "en" -> lang;
      default -> "en";
    };
  }

  private static String intakeDigest(StoredComplaint c) {
    var text =
        String.join(
            "\n",
            String.valueOf(c.complainantName()),
            String.valueOf(c.victimName()),
            String.valueOf(c.contact()),
            c.narrative(),
            String.valueOf(c.place()),
            String.valueOf(c.against()),
            String.valueOf(c.injuries()));
    return Secrets.sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
