package org.habeas.detentionreports;

import static org.habeas.detentionreports.DetentionReports.SYSTEM;
import static org.habeas.detentionreports.DetentionReports.cut;
import static org.habeas.detentionreports.DetentionReports.pseudonym;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.UUID;
import org.habeas.complaints.ComplainantRole;
import org.habeas.complaints.ComplaintIntake;
import org.habeas.complaints.ContactPreference;
import org.habeas.complaints.Intake;
import org.habeas.detentionreports.DetentionReports.Person;
import org.habeas.safeguards.ExternalAlerts;
import org.habeas.safeguards.LocalizedText;
import org.habeas.system.Facilities;
import org.habeas.system.Region;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report that no record acknowledged within its limit: the region's prosecutors and the monitors
 * alerted and a complaint of unlawful detention raised, each once.
 */
@Component
class UnacknowledgedAlerts {

  private static final Logger log = LoggerFactory.getLogger(UnacknowledgedAlerts.class);

  private final ReportStore store;
  private final ReportStream stream;
  private final ReportMatching matching;
  private final Facilities facilities;
  private final ComplaintIntake complaints;
  private final ExternalAlerts alerts;
  private final MessageSource messages;

  UnacknowledgedAlerts(
      ReportStore store,
      ReportStream stream,
      ReportMatching matching,
      Facilities facilities,
      ComplaintIntake complaints,
      ExternalAlerts alerts,
      MessageSource messages) {
    this.store = store;
    this.stream = stream;
    this.matching = matching;
    this.facilities = facilities;
    this.complaints = complaints;
    this.alerts = alerts;
    this.messages = messages;
  }

  /** {@link DetentionReports#sweepOne}. */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean sweepOne(UUID id, Instant now) {
    var report = store.find(id).orElseThrow();
    if (matching.match(report, SYSTEM)) {
      return false;
    }
    if (report.dueAt() == null || now.isBefore(report.dueAt())) {
      return false;
    }
    var state = Steps.fold(report, store.steps(id));
    if (state.alertedAt() != null) {
      return false;
    }
    var person = stream.person(report);
    var facility = report.facilityId() == null ? null : facilities.find(report.facilityId());
    var region = facilities.region(report.regionCode());
    var zone =
        facility != null && facility.isPresent()
            ? facility.get().zone()
            : region.map(Region::zone).orElse(ZoneOffset.UTC);
    var alert =
        new ExternalAlerts.Raised(
            id.toString(),
            pseudonym(id),
            Steps.RULE,
            new LocalizedText(
                title(Locale.forLanguageTag("kk")),
                title(Locale.forLanguageTag("ru")),
                title(Locale.ENGLISH)),
            report.limitBasis() == null ? "-" : report.limitBasis(),
            report.sinceAt(),
            report.limitAt(),
            report.facilityId() == null ? report.regionCode() : report.facilityId(),
            report.regionCode(),
            zone);
    var alertId = alerts.raiseBreach(Steps.RULE + "|" + id, alert, now);
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("ruleId", Steps.RULE);
    details.put("limitAt", report.limitAt() == null ? null : report.limitAt().toString());
    details.put("dueAt", report.dueAt().toString());
    details.put("alertId", alertId.map(String::valueOf).orElse(null));
    stream.append(report, state.lastSeq() + 1, Steps.ALERTED, now, SYSTEM, details, null);
    var complaint =
        complaints.raiseUnacknowledgedDetention(SYSTEM, now, intake(report, person, zone));
    var raised = new LinkedHashMap<String, @Nullable Object>();
    raised.put("complaintId", complaint.toString());
    stream.append(report, state.lastSeq() + 2, Steps.COMPLAINT_RAISED, now, SYSTEM, raised, null);
    log.warn(
        "Detention reports: no custody record for report {} within its limit; alerted, complaint"
            + " raised",
        pseudonym(id));
    return true;
  }

  private Intake intake(ReportStore.Stored report, Person person, ZoneId zone) {
    var since = report.sinceAt().atZone(zone);
    var where =
        report.facilityId() != null
            ? facilities.find(report.facilityId()).map(f -> f.name(Locale.ENGLISH)).orElse("-")
            : person.place() + " (" + report.regionCode() + ")";
    var narrative =
        messages.getMessage(
                "detentionReport.complaint.narrative",
                new Object[] {
                  pseudonym(report.id()),
                  where,
                  since.toLocalDate().toString() + " " + since.toLocalTime().withNano(0)
                },
                Locale.ENGLISH)
            + "\n\n"
            + person.account();
    return new Intake(
        switch (person.relation()) {
          case RELATIVE -> ComplainantRole.RELATIVE;
          case LAWYER -> ComplainantRole.LAWYER;
          case MONITOR, WITNESS, OTHER -> ComplainantRole.WITNESS;
        },
        person.reporterName(),
        cut(person.name(), 200),
        ContactPreference.NONE,
        person.reporterContact(),
        cut(narrative, 10000),
        person.place() == null ? null : cut(person.place(), 500),
        report.facilityId(),
        since.toLocalDate(),
        null,
        null,
        true,
        null);
  }

  private String title(Locale locale) {
    return messages.getMessage("detentionReport.alert.title", null, locale);
  }
}
