package org.habeas.training;

import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.habeas.safeguards.FacilityCompliance;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Coverage for a month: who is trained in what by the month's end, beside the month's compliance
 * and complaints per facility. It shows association, not cause: a trained facility may comply for
 * other reasons, and an untrained one may be under-recorded.
 */
@Component
public class Coverage {

  /**
   * Compliance is read as oversight reads it, in counts only (no personal data): training
   * coordinators may not open compliance itself, but see its share per facility here.
   */
  private static final Actor OVERSIGHT =
      new Actor("system:training-coverage", "Training coverage", Role.MONITOR, null, null, "en");

  private final JdbcClient jdbc;
  private final StaffDirectory directory;
  private final FacilityCompliance compliance;
  private final FacilityComplaintCounts complaints;

  Coverage(
      JdbcClient jdbc,
      StaffDirectory directory,
      FacilityCompliance compliance,
      FacilityComplaintCounts complaints) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.compliance = compliance;
    this.complaints = complaints;
  }

  /** The month's rows; the caller must be allowed to view training. */
  public List<CoverageMaths.Row> of(Actor actor, YearMonth month, Instant now) {
    TrainingAccess.requireView(actor);
    var end = month.plusMonths(1).atDay(1);
    var from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    var to = end.atStartOfDay(ZoneOffset.UTC).toInstant();
    var members =
        directory.all().stream()
            .map(s -> new CoverageMaths.Member(s.id(), s.facilityId(), s.team()))
            .toList();
    Map<String, Set<String>> trained = new HashMap<>();
    jdbc.sql(
            "select c.staff_id, co.subject from training_completion c"
                + " join training_run r on r.id = c.run_id"
                + " join training_course co on co.id = r.course_id where c.completed_on < ?")
        .param(Date.valueOf(end))
        .query(
            rs -> {
              trained.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            });
    Map<String, Double> shares = new HashMap<>();
    for (var f : compliance.of(OVERSIGHT, month, now)) {
      int met = 0;
      int late = 0;
      int breached = 0;
      for (var r : f.rules()) {
        met += r.met();
        late += r.late();
        breached += r.breached();
      }
      var overall = CoverageMaths.overall(met, late, breached);
      if (overall != null) {
        shares.put(f.facilityId(), overall);
      }
    }
    var counts = complaints.between(from, to).orElse(null);
    return CoverageMaths.rows(members, trained, shares, counts);
  }

  /** Whether the complaints module can count complaints per facility for the month. */
  public boolean complaintsAvailable(YearMonth month) {
    var from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return complaints.between(from, from).isPresent();
  }
}
