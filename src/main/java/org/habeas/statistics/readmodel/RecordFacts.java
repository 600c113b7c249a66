package org.habeas.statistics.readmodel;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.BroughtBeforeCourt;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.InterrogationEnded;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.LawyerArrived;
import org.habeas.custody.StoredEvent;
import org.habeas.custody.TimelineEntry;
import org.habeas.custody.Transferred;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.ObligationStatus;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;

/**
 * What the statistics count of one custody record: where and when it began, how long until a lawyer
 * and a judge, its questionings, late entries and the status of each rule's obligations. No
 * personal data: only the record id (to replace its facts) and counts.
 *
 * @param key the monthly aggregate the record counts in
 * @param lawyerMinutes minutes from apprehension to the first lawyer's arrival, if one arrived
 * @param judgeMinutes minutes from apprehension to the first court appearance, if any
 * @param nextCheckAt when some obligation's status would change with no new event: the facts are
 *     computed again then
 * @param rules per rule id, its obligations counted by status
 */
public record RecordFacts(
    String recordId,
    Key key,
    Instant apprehendedAt,
    boolean juvenile,
    boolean closed,
    @Nullable Integer lawyerMinutes,
    @Nullable Integer judgeMinutes,
    int questionings,
    int questioningsVideo,
    int questioningsNight,
    int events,
    int lateEntries,
    @Nullable Instant nextCheckAt,
    Map<String, RuleCounts> rules) {

  /** The monthly aggregate a record counts in. */
  public record Key(String month, String regionCode, String facilityId, String profile) {}

  /** One rule's obligations on one record (or summed over many), by status. */
  public record RuleCounts(
      int met, int late, int breached, int pending, int waived, int notApplicable) {

    static final RuleCounts ZERO = new RuleCounts(0, 0, 0, 0, 0, 0);

    RuleCounts plus(ObligationStatus s) {
      return switch (s) {
        case MET -> new RuleCounts(met + 1, late, breached, pending, waived, notApplicable);
        case LATE -> new RuleCounts(met, late + 1, breached, pending, waived, notApplicable);
        case BREACHED -> new RuleCounts(met, late, breached + 1, pending, waived, notApplicable);
        case PENDING -> new RuleCounts(met, late, breached, pending + 1, waived, notApplicable);
        case WAIVED -> new RuleCounts(met, late, breached, pending, waived + 1, notApplicable);
        case NOT_APPLICABLE ->
            new RuleCounts(met, late, breached, pending, waived, notApplicable + 1);
      };
    }

    /** Met on time as a share of those that fell due (met, late, breached); null if none did. */
    public @Nullable Double onTimeShare() {
      int due = met + late + breached;
      return due == 0 ? null : (double) met / due;
    }
  }

  /**
   * The facts of a record from its stored events and its evaluation now.
   *
   * @param evaluation the safeguards' judgement now, or null if the record could not be judged
   * @param facilities the facilities by id (zone and region)
   */
  public static RecordFacts of(
      String recordId,
      List<StoredEvent> stored,
      @Nullable Evaluation evaluation,
      Function<String, Optional<Facility>> facilities,
      Instant now) {
    var state = CustodyRecord.replay(stored);
    var effective = effective(state.events());
    var first = (Apprehended) effective.getFirst();
    var facilityOfApprehension = facilities.apply(first.facilityId());
    ZoneId zone = facilityOfApprehension.map(Facility::zone).orElse(ZoneOffset.UTC);
    String region = facilityOfApprehension.map(Facility::regionCode).orElse("?");
    var apprehendedAt = state.apprehendedAt();
    var key =
        new Key(
            YearMonth.from(apprehendedAt.atZone(zone)).toString(),
            region,
            first.facilityId(),
            state.jurisdiction().code());

    Instant lawyer = null;
    Instant judge = null;
    int questionings = 0;
    int video = 0;
    int night = 0;
    String facility = first.facilityId();
    InterrogationStarted open = null;
    ZoneId openZone = zone;
    Instant end = state.closedAt() != null ? state.closedAt() : now;
    for (var e : effective) {
      switch (e) {
        case ArrivedAtFacility a -> facility = a.facilityId();
        case Transferred t -> facility = t.toFacilityId();
        case LawyerArrived l -> lawyer = lawyer == null ? l.occurredAt() : lawyer;
        case BroughtBeforeCourt b -> judge = judge == null ? b.occurredAt() : judge;
        case InterrogationStarted i -> {
          questionings++;
          if (i.videoRecordingId() != null && !i.videoRecordingId().isBlank()) {
            video++;
          }
          open = i;
          openZone = facilities.apply(facility).map(Facility::zone).orElse(zone);
        }
        case InterrogationEnded x -> {
          if (open != null && NightWindow.atNight(open.occurredAt(), x.occurredAt(), openZone)) {
            night++;
          }
          open = null;
        }
        default -> {}
      }
    }
    if (open != null && NightWindow.atNight(open.occurredAt(), end, openZone)) {
      night++;
    }
    Map<String, RuleCounts> rules = new TreeMap<>();
    if (evaluation != null) {
      for (var o : evaluation.obligations()) {
        rules.merge(o.ruleId(), RuleCounts.ZERO.plus(o.status()), RecordFacts::sum);
      }
    }
    int late = (int) stored.stream().filter(StoredEvent::lateEntry).count();
    return new RecordFacts(
        recordId,
        key,
        apprehendedAt,
        state.isJuvenile(zone),
        !state.isOpen(),
        minutes(apprehendedAt, lawyer),
        minutes(apprehendedAt, judge),
        questionings,
        video,
        night,
        stored.size(),
        late,
        evaluation == null ? null : evaluation.nextDueAt(),
        rules);
  }

  static RuleCounts sum(RuleCounts a, RuleCounts b) {
    return new RuleCounts(
        a.met + b.met,
        a.late + b.late,
        a.breached + b.breached,
        a.pending + b.pending,
        a.waived + b.waived,
        a.notApplicable + b.notApplicable);
  }

  private static @Nullable Integer minutes(Instant from, @Nullable Instant to) {
    return to == null ? null : (int) Math.max(0, Duration.between(from, to).toMinutes());
  }

  /** The events that count, in the order they happened: corrections in place of what they fix. */
  private static List<CustodyEvent> effective(List<TimelineEntry> entries) {
    var out = new ArrayList<CustodyEvent>();
    for (var entry : entries) {
      if (entry.superseded()) {
        continue;
      }
      var event = entry.stored().event();
      out.add(event instanceof Corrected c ? c.replacement() : event);
    }
    out.sort(Comparator.comparing(CustodyEvent::occurredAt));
    // The apprehension opens the timeline even when another event shares its instant.
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) instanceof Apprehended a) {
        out.remove(i);
        out.addFirst(a);
        break;
      }
    }
    return out;
  }
}
