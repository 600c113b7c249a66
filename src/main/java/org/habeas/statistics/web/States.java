package org.habeas.statistics.web;

import java.util.ArrayList;
import java.util.List;
import org.habeas.statistics.StatisticsFilter;
import org.habeas.statistics.view.Panel;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The states whose figures the statistics show, one at a time: the jurisdictions of the facilities
 * ({@code kz}, {@code ew}), this instance's own first. Figures of two states are never added up.
 */
@Component
class States {

  private final Facilities facilities;

  States(Facilities facilities) {
    this.facilities = facilities;
  }

  /** The states that have facilities, the home state first. */
  List<String> all() {
    var out = new ArrayList<String>();
    out.add(StatisticsFilter.HOME);
    facilities.all().stream()
        .map(Facility::jurisdiction)
        .distinct()
        .sorted()
        .filter(j -> !out.contains(j))
        .forEach(out::add);
    return out;
  }

  /** The state asked for when known, else the home state (the pages' default). */
  String chosen(@Nullable String asked) {
    return asked != null && all().contains(asked.strip()) ? asked.strip() : StatisticsFilter.HOME;
  }

  /** The state asked for (the home state when none); an unknown one is a bad parameter. */
  String required(@Nullable String asked) {
    if (asked == null || asked.isBlank()) {
      return StatisticsFilter.HOME;
    }
    if (!all().contains(asked.strip())) {
      throw Problem.badField("jurisdiction", "stats.error.jurisdiction");
    }
    return asked.strip();
  }

  /** The state a facility is in, or null when unknown. */
  @Nullable String of(@Nullable String facilityId) {
    return facilityId == null
        ? null
        : facilities.find(facilityId).map(Facility::jurisdiction).orElse(null);
  }

  /** The region map draws Kazakhstan's regions: another state's figures have no place on it. */
  static List<Panel> withoutForeignMap(List<Panel> all, String state) {
    return state.equals("kz") ? all : all.stream().filter(p -> !p.id().equals("map")).toList();
  }
}
