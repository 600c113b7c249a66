package org.habeas.safeguards;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordFilter;
import org.habeas.custody.RecordSummary;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Per facility and month, the share of obligations met on time per rule: MET / (MET + LATE +
 * BREACHED), over the records apprehended in that month (UTC) at the facility, each judged now
 * under the profile version in force at its apprehension.
 *
 * <p>Computed on request by evaluating every such record: fine for the demo's volume; a deployment
 * with many records would keep the statuses as the scheduler evaluates them.
 */
@Component
public class FacilityCompliance {

  /** Who may see compliance: monitors, prosecutors (their region's records), administrators. */
  public static boolean mayView(Actor actor) {
    return actor.is(Role.MONITOR) || actor.is(Role.PROSECUTOR) || actor.is(Role.ADMIN);
  }

  /** One rule at one facility. */
  public record RuleShare(String ruleId, int met, int late, int breached) {
    /** Met on time as a share of those that fell due, 0 to 1; null when none fell due. */
    public @Nullable Double share() {
      int due = met + late + breached;
      return due == 0 ? null : (double) met / due;
    }

    /** The share in whole per cent, or null. */
    public @Nullable Long percent() {
      var s = share();
      return s == null ? null : Math.round(s * 100);
    }
  }

  /** One facility's month. */
  public record FacilityMonth(String facilityId, int records, List<RuleShare> rules) {}

  private static final int PAGE = 200;
  private static final Actor OVERSIGHT =
      new Actor("system:compliance", "Compliance", Role.MONITOR, null, null, "en");

  private final CustodyRecords records;
  private final RecordSafeguards safeguards;

  FacilityCompliance(CustodyRecords records, RecordSafeguards safeguards) {
    this.records = records;
    this.safeguards = safeguards;
  }

  /**
   * The month's compliance by facility, for the records the actor oversees: every record for
   * monitors and administrators (counts only, no personal data), the region's for a prosecutor.
   *
   * @throws Problem 403 for anyone else
   */
  public List<FacilityMonth> of(Actor actor, YearMonth month, Instant now) {
    if (!mayView(actor)) {
      throw Problem.forbidden("problem.forbidden");
    }
    var lister = actor.is(Role.PROSECUTOR) ? actor : OVERSIGHT;
    var from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    var to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Map<String, Map<String, int[]>> counts = new TreeMap<>();
    Map<String, Integer> recordCounts = new TreeMap<>();
    var filter = new RecordFilter(null, null, null, "oldest");
    for (int page = 0; ; page++) {
      List<RecordSummary> listed = records.list(lister, filter, page, PAGE);
      for (var r : listed) {
        if (r.apprehendedAt().isBefore(from) || !r.apprehendedAt().isBefore(to)) {
          continue;
        }
        var events = records.history(r.id());
        if (events.isEmpty()) {
          continue;
        }
        var facility =
            events.stream()
                .filter(e -> e.seq() == 1 && e.event() instanceof Apprehended)
                .map(e -> ((Apprehended) e.event()).facilityId())
                .findFirst()
                .orElse(r.facilityId());
        Evaluation evaluation;
        try {
          evaluation = safeguards.evaluate(events, now);
        } catch (IllegalArgumentException e) {
          continue;
        }
        recordCounts.merge(facility, 1, Integer::sum);
        var rules = counts.computeIfAbsent(facility, f -> new LinkedHashMap<>());
        for (var o : evaluation.obligations()) {
          int slot =
              switch (o.status()) {
                case MET -> 0;
                case LATE -> 1;
                case BREACHED -> 2;
                default -> -1;
              };
          if (slot >= 0) {
            rules.computeIfAbsent(o.ruleId(), k -> new int[3])[slot]++;
          }
        }
      }
      if (listed.size() < PAGE) {
        break;
      }
    }
    var result = new ArrayList<FacilityMonth>();
    recordCounts.forEach(
        (facility, n) ->
            result.add(
                new FacilityMonth(
                    facility,
                    n,
                    counts.getOrDefault(facility, Map.of()).entrySet().stream()
                        .map(
                            e ->
                                new RuleShare(
                                    e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                        .toList())));
    return result;
  }
}
