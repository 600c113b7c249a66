package org.habeas.safeguards.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.habeas.safeguards.FacilityCompliance;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Per facility and month, the share of obligations met on time per rule. */
@Controller
class CompliancePage {

  private final FacilityCompliance compliance;
  private final Facilities facilities;
  private final Clock clock;

  CompliancePage(FacilityCompliance compliance, Facilities facilities, Clock clock) {
    this.compliance = compliance;
    this.facilities = facilities;
    this.clock = clock;
  }

  @GetMapping("/safeguards/compliance")
  String compliance(Actor me, @RequestParam(required = false) @Nullable String month, Model model) {
    if (!FacilityCompliance.mayView(me)) {
      throw Problem.forbidden("problem.forbidden");
    }
    var now = clock.instant();
    YearMonth ym;
    try {
      ym =
          month == null || month.isBlank()
              ? YearMonth.from(now.atZone(ZoneOffset.UTC))
              : YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw Problem.badField("month", "field.wrongType");
    }
    model.addAttribute("month", ym.toString());
    model.addAttribute("rows", compliance.of(me, ym, now));
    model.addAttribute(
        "facilityNames",
        facilities.all().stream()
            .collect(Collectors.toMap(Facility::id, Facility::name, (a, b) -> a)));
    return "safeguards/compliance";
  }
}
