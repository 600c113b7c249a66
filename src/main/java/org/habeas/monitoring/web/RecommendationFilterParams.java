package org.habeas.monitoring.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The recommendation list's filter as the query string gives it, bound by Spring MVC on the staff
 * list and the public portal. Every field stays text, so that a year or status that does not read
 * never fails the binding: {@link RecommendationFilters#of} lets it not narrow the list instead.
 */
record RecommendationFilterParams(
    @Nullable String source,
    @Nullable String agency,
    @Nullable String theme,
    @Nullable String facility,
    @Nullable String year,
    @Nullable String status,
    @Nullable String overdue,
    @Nullable String q) {

  /**
   * The same filter from every query parameter: the API's list keeps its {@code params} map, since
   * its OpenAPI document names that map.
   */
  static RecommendationFilterParams of(Map<String, String> p) {
    return new RecommendationFilterParams(
        p.get("source"),
        p.get("agency"),
        p.get("theme"),
        p.get("facility"),
        p.get("year"),
        p.get("status"),
        p.get("overdue"),
        p.get("q"));
  }
}
