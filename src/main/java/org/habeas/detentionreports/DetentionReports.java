package org.habeas.detentionreports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of a detention: take one from the public (rate-limited like complaints, every problem
 * named at once, nothing half-stored), follow it by its code, match it against the custody records
 * opened for the person, and, when none is opened within the profile's registration limit, alert
 * the region's prosecutors and the monitors and raise a complaint of unlawful detention, once.
 *
 * <p><b>When a report is due.</b> The limit counts from the reported "since" time, as the law
 * counts from the detention; a report made after the limit had passed is due at once (the first
 * sweep that finds no record alerts). A record opened after the limit is "opened late", one opened
 * within it (or before the report) "opened in time"; lateness is shown against the report and the
 * limit. A profile without a {@code registrationLimit} (cpt, ew: their law sets no hours) keeps and
 * matches reports and raises no alert.
 *
 * <p>Each use case is its own class in this package; this one is where they are found: {@link
 * ReportIntake}, {@link ReportMatching}, {@link UnacknowledgedAlerts}, {@link ReportReads}.
 */
@Service
public class DetentionReports {

  /** Who the steps of the process are recorded by (no user). */
  static final String SYSTEM = "system";

  /** A record of the person apprehended this long before the reported "since" still matches. */
  static final Duration SINCE_SLACK = Duration.ofDays(2);

  /** Reports are matched and swept for this long after they were made. */
  static final Duration KEPT_OPEN = Duration.ofDays(90);

  /** The earliest date of birth and "since" taken (a typo of the year, not a person). */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** How far in the future a "since" may lie (clocks differ). */
  static final Duration FUTURE_SLACK = Duration.ofMinutes(10);

  /**
   * What the reporter is given once: the code that follows the report, and where it stands (a
   * record already opened for the person is matched at once).
   */
  public record Made(UUID id, String code, ReportState state) {}

  /** The public status: nothing personal. */
  public record PublicStatus(ReportState state, Instant reportedAt, @Nullable Instant limitAt) {}

  /**
   * What the report says of the person and the reporter: kept sealed.
   *
   * @param place the unit or place in words, when no facility was chosen
   */
  public record Person(
      String name,
      LocalDate birthDate,
      @Nullable String nationalId,
      @Nullable String place,
      String account,
      ReporterRelation relation,
      @Nullable String reporterName,
      @Nullable String reporterContact) {}

  /** A report in a list: nothing personal. */
  public record Summary(
      UUID id,
      String pseudonym,
      Instant reportedAt,
      Instant sinceAt,
      @Nullable String facilityId,
      String regionCode,
      ZoneId zone,
      @Nullable Instant limitAt,
      ReportState state,
      @Nullable String recordId,
      @Nullable String recordPseudonym,
      @Nullable Instant openedAt,
      @Nullable Duration afterReport,
      @Nullable Duration afterLimit,
      @Nullable Instant alertedAt,
      @Nullable UUID complaintId,
      @Nullable String limitBasis) {}

  /** A report as its staff page shows it: with the person (the read is logged). */
  public record View(Summary summary, Person person) {}

  private final ReportIntake intake;
  private final ReportMatching matching;
  private final UnacknowledgedAlerts unacknowledged;
  private final ReportReads reads;

  DetentionReports(
      ReportIntake intake,
      ReportMatching matching,
      UnacknowledgedAlerts unacknowledged,
      ReportReads reads) {
    this.intake = intake;
    this.matching = matching;
    this.unacknowledged = unacknowledged;
    this.reads = reads;
  }

  /**
   * A report from the public door: rate-limited per address and per network block (the complaints'
   * limits, one budget for the public intake); a filled honeypot is refused; every problem is named
   * at once, those of fields that could not even be read ({@code unread}) too, before anything is
   * stored. A record already opened for the person is matched at once.
   */
  @Transactional
  public Made report(DetentionReport r, List<FieldProblem> unread, String clientAddress) {
    return intake.report(r, unread, clientAddress);
  }

  /** A report stored as it is told, checked as the public's (demo data: no rate limit). */
  @Transactional
  public Made reportAsIs(DetentionReport r, String by) {
    return intake.reportAsIs(r, by);
  }

  /**
   * The report's public status, if the code is one; else empty. Rate-limited like the complaints'
   * status look-ups. The code is the only secret: it is kept only as its hash.
   */
  public Optional<PublicStatus> status(String code, String clientAddress) {
    return intake.status(code, clientAddress);
  }

  /**
   * One sweep over the reports still without a record, each in the caller's transaction per report:
   * matched if a record was opened, else alerted and complained of once when due. Returns whether
   * it raised an alert. Idempotent: a step taken once is never taken again (its seq is the stream's
   * key), and the alert is raised once under its key. The sweep calls it; so does the demo data.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean sweepOne(UUID id, Instant now) {
    return unacknowledged.sweepOne(id, now);
  }

  /** Matches every report still without a record against a record just opened. */
  @Transactional(propagation = Propagation.MANDATORY)
  void matchOpened(String recordId) {
    matching.matchOpened();
  }

  /** Whether some report still waits for its record (before matching on every opening). */
  boolean anyWaiting() {
    return matching.anyWaiting();
  }

  /** The reports the sweep looks at, oldest first. */
  List<UUID> waiting(Instant now, int limit) {
    return matching.waiting(now, limit);
  }

  /** Whether the actor has the staff list (the nav link, the 403). */
  public static boolean lists(Actor actor) {
    return ReportAccess.lists(actor);
  }

  /** A page of the reports the actor may see, newest first. */
  public List<Summary> list(Actor actor, int page, int size) {
    return reads.list(actor, page, size);
  }

  public long count(Actor actor) {
    return reads.count(actor);
  }

  /** The report with the person, if the actor may see it (the read is logged); else 404. */
  @Transactional
  public View view(Actor actor, UUID id) {
    return reads.view(actor, id);
  }

  /**
   * The reports a custody record acknowledged, for its page (custody has checked that the viewer
   * may see the record): nothing personal, the viewer sees the person on the record anyway.
   */
  public List<Summary> acknowledgedBy(String recordId) {
    return reads.acknowledgedBy(recordId);
  }

  /** Whether the actor may open this report's staff page (the record page's link). */
  public boolean maySee(Actor actor, UUID id) {
    return reads.maySee(actor, id);
  }

  /** The stand-in for the person in lists and alerts (no personal data in it). */
  public static String pseudonym(UUID id) {
    return "R-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /**
   * The stored hash of a code: spaces, dashes, case and the DR prefix do not matter (public for
   * tests that find a report by the code it gave).
   */
  public static String hash(String code) {
    var normal = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (normal.startsWith("DR")) {
      normal = normal.substring(2);
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
