package org.habeas.detentionreports;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habeas.custody.CustodyRecords;
import org.habeas.detentionreports.DetentionReports.Summary;
import org.habeas.detentionreports.DetentionReports.View;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.habeas.system.Problem;
import org.habeas.system.Region;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The staff's reads of the reports, each decided by {@link ReportAccess}. */
@Component
class ReportReads {

  private final ReportStore store;
  private final ReportStream stream;
  private final Facilities facilities;
  private final PersonalDataReads reads;

  ReportReads(
      ReportStore store, ReportStream stream, Facilities facilities, PersonalDataReads reads) {
    this.store = store;
    this.stream = stream;
    this.facilities = facilities;
    this.reads = reads;
  }

  /** A page of the reports the actor may see, newest first. */
  List<Summary> list(Actor actor, int page, int size) {
    if (!ReportAccess.lists(actor)) {
      throw Problem.forbidden("detentionReport.forbidden");
    }
    var where = ReportAccess.condition(actor);
    return store.page(where.getKey(), where.getValue(), page * size, size).stream()
        .map(this::summary)
        .toList();
  }

  long count(Actor actor) {
    if (!ReportAccess.lists(actor)) {
      return 0;
    }
    var where = ReportAccess.condition(actor);
    return store.count(where.getKey(), where.getValue());
  }

  /** The report with the person, if the actor may see it (the read is logged); else not found. */
  @Transactional
  View view(Actor actor, UUID id) {
    var report =
        store
            .find(id)
            .filter(r -> ReportAccess.sees(actor, r))
            .orElseThrow(() -> Problem.notFound("detentionReport.notFound"));
    reads.log(actor, id.toString(), Purpose.DUTY, null);
    return new View(summary(report), stream.person(report));
  }

  /** {@link DetentionReports#acknowledgedBy}. */
  List<Summary> acknowledgedBy(String recordId) {
    return store.matchedBy(recordId).stream()
        .map(store::find)
        .flatMap(Optional::stream)
        .map(this::summary)
        .toList();
  }

  /** Whether the actor may open this report's staff page (the record page's link). */
  boolean maySee(Actor actor, UUID id) {
    return store.find(id).filter(r -> ReportAccess.sees(actor, r)).isPresent();
  }

  private Summary summary(ReportStore.Stored r) {
    var s = Steps.fold(r, store.steps(r.id()));
    var zone =
        r.facilityId() != null
            ? facilities.find(r.facilityId()).map(Facility::zone).orElse(ZoneOffset.UTC)
            : facilities.region(r.regionCode()).map(Region::zone).orElse(ZoneOffset.UTC);
    return new Summary(
        r.id(),
        DetentionReports.pseudonym(r.id()),
        r.reportedAt(),
        r.sinceAt(),
        r.facilityId(),
        r.regionCode(),
        zone,
        r.limitAt(),
        s.state(),
        s.recordId(),
        s.recordId() == null ? null : CustodyRecords.pseudonym(s.recordId()),
        s.openedAt(),
        Steps.afterReport(r, s.openedAt()),
        Steps.afterLimit(r, s.openedAt()),
        s.alertedAt(),
        s.complaintId(),
        r.limitBasis());
  }
}
