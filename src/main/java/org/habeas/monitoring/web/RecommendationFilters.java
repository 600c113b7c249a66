package org.habeas.monitoring.web;

import java.util.function.BiConsumer;
import org.habeas.monitoring.RecommendationStatus;
import org.habeas.monitoring.Recommendations;
import org.habeas.monitoring.Vocabulary;
import org.habeas.system.Facilities;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list filter as the staff list, the public portal and the API read it from the query string,
 * and the choices it offers. What does not read as a year or a status does not narrow the list.
 */
final class RecommendationFilters {

  private RecommendationFilters() {}

  static Recommendations.Filter of(RecommendationFilterParams p) {
    Integer year;
    try {
      var y = p.year() == null ? "" : p.year().strip();
      year = y.isEmpty() ? null : Integer.valueOf(y);
    } catch (NumberFormatException e) {
      year = null;
    }
    RecommendationStatus status;
    try {
      var s = p.status() == null ? "" : p.status().strip();
      status = s.isEmpty() ? null : RecommendationStatus.valueOf(s);
    } catch (IllegalArgumentException e) {
      status = null;
    }
    return new Recommendations.Filter(
        blank(p.source()),
        blank(p.agency()),
        blank(p.theme()),
        blank(p.facility()),
        year,
        status,
        "true".equals(p.overdue()),
        blank(p.q()));
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static void vocabulary(Model model, Facilities facilities) {
    model.addAttribute("sources", Vocabulary.SOURCES);
    model.addAttribute("agencies", Vocabulary.AGENCIES);
    model.addAttribute("themes", Vocabulary.THEMES);
    model.addAttribute("groups", Vocabulary.GROUPS);
    model.addAttribute("statuses", RecommendationStatus.values());
    model.addAttribute("facilities", facilities.all());
  }

  /** The staff list's URL for the filter at a page, so that paging keeps every filter. */
  static String staffQuery(Recommendations.Filter f, int page) {
    var b = UriComponentsBuilder.fromPath("/monitoring/recommendations").queryParam("page", page);
    BiConsumer<String, @Nullable Object> add =
        (name, value) -> {
          if (value != null && !value.toString().isBlank()) {
            b.queryParam(name, value);
          }
        };
    add.accept("source", f.source());
    add.accept("agency", f.agency());
    add.accept("theme", f.theme());
    add.accept("facility", f.facilityId());
    add.accept("year", f.year());
    add.accept("status", f.status() == null ? null : f.status().name());
    add.accept("overdue", f.overdue() ? "true" : null);
    add.accept("q", f.q());
    return b.encode().build().toUriString();
  }
}
