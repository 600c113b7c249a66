package org.habeas.detentionreports;

import static org.habeas.detentionreports.DetentionReports.EARLIEST;
import static org.habeas.detentionreports.DetentionReports.FUTURE_SLACK;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.JsonProblems;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Region;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The checks of a report before anything is stored: every problem named at once. */
@Component
class ReportChecks {

  /** Where the person is held, as the report says: a facility, or a place in a region. */
  record Where(
      @Nullable Facility facility, String regionCode, ZoneId zone, @Nullable String jurisdiction) {}

  private final Facilities facilities;
  private final Validator validator;

  ReportChecks(Facilities facilities, Validator validator) {
    this.facilities = facilities;
    this.validator = validator;
  }

  /** Where the person is held, or a refusal naming every problem of the report at once. */
  Where checked(DetentionReport r, List<FieldProblem> unread, Instant now) {
    var problems = new ArrayList<>(unread);
    var named = new HashSet<String>();
    unread.forEach(p -> named.add(p.field()));
    for (var p : JsonProblems.from(validator.validate(r)).fields()) {
      if (!named.contains(p.field())) {
        problems.add(p);
      }
    }
    var texts = new LinkedHashMap<String, @Nullable String>();
    texts.put("personName", r.personName());
    texts.put("nationalId", r.nationalId());
    texts.put("facilityId", r.facilityId());
    texts.put("place", r.place());
    texts.put("regionCode", r.regionCode());
    texts.put("account", r.account());
    texts.put("reporterName", r.reporterName());
    texts.put("reporterContact", r.reporterContact());
    texts.forEach(
        (field, text) -> {
          if (!named.contains(field) && PlainText.refused(text)) {
            problems.add(new FieldProblem(field, PlainText.CODE));
          }
        });
    Facility facility = null;
    Region region = null;
    var facilityId = DetentionReport.blankToNull(r.facilityId());
    var regionCode = DetentionReport.blankToNull(r.regionCode());
    if (facilityId != null) {
      facility = facilities.find(facilityId).orElse(null);
      if (facility == null && !named.contains("facilityId")) {
        problems.add(new FieldProblem("facilityId", "detentionReport.unknownFacility"));
      } else if (facility != null) {
        region = facilities.region(facility.regionCode()).orElse(null);
      }
    } else {
      if (DetentionReport.blankToNull(r.place()) == null && !named.contains("place")) {
        problems.add(new FieldProblem("place", "detentionReport.placeOrFacility"));
      }
      if (regionCode == null) {
        if (!named.contains("regionCode")) {
          problems.add(new FieldProblem("regionCode", "field.NotBlank"));
        }
      } else {
        region = facilities.region(regionCode).orElse(null);
        if (region == null && !named.contains("regionCode")) {
          problems.add(new FieldProblem("regionCode", "detentionReport.unknownRegion"));
        }
      }
    }
    ZoneId zone =
        facility != null ? facility.zone() : region != null ? region.zone() : ZoneOffset.UTC;
    var birth = r.birthDate();
    if (birth != null && birth.isBefore(EARLIEST) && !named.contains("birthDate")) {
      problems.add(new FieldProblem("birthDate", "detentionReport.tooEarly"));
    }
    var since = r.since();
    if (since != null && !named.contains("since")) {
      var today = now.atZone(zone);
      if (since.isAfter(today.toLocalDateTime().plus(FUTURE_SLACK))) {
        problems.add(new FieldProblem("since", "field.PastOrPresent"));
      } else if (since.toLocalDate().isBefore(EARLIEST)
          || (birth != null && since.toLocalDate().isBefore(birth))) {
        problems.add(new FieldProblem("since", "detentionReport.sinceBeforeBirth"));
      }
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    // No problems means a facility, or else a known region, was named.
    var regionOf =
        facility != null
            ? facility.regionCode()
            : Objects.requireNonNull(region, "a known region when no facility").code();
    var jurisdiction =
        facility != null
            ? facility.jurisdiction()
            : facilities.all().stream()
                .filter(f -> f.regionCode().equals(regionOf))
                .map(Facility::jurisdiction)
                .findFirst()
                .orElse(null);
    return new Where(facility, regionOf, zone, jurisdiction);
  }
}
