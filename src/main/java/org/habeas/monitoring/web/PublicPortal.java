package org.habeas.monitoring.web;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.habeas.monitoring.Recommendation;
import org.habeas.monitoring.Recommendations;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal (no sign-in, in kk/ru/en): recommendations with their status, filtered by
 * source, agency, theme, facility and year, and the same list as CSV. It shows what was recommended
 * to whom and where it stands, never the findings, interviews or progress notes.
 */
@Controller
class PublicPortal {

  private static final int PAGE = 50;

  private final Recommendations recommendations;
  private final Facilities facilities;

  PublicPortal(Recommendations recommendations, Facilities facilities) {
    this.recommendations = recommendations;
    this.facilities = facilities;
  }

  @GetMapping("/public/recommendations")
  String portal(
      RecommendationFilterParams params, @RequestParam(defaultValue = "0") int page, Model model) {
    var f = RecommendationFilters.of(params);
    var p = Paging.of(page, PAGE);
    model.addAttribute("recommendations", recommendations.published(f, p.offset(), PAGE));
    model.addAttribute("total", recommendations.publishedCount(f));
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("f", f);
    model.addAttribute("years", recommendations.years());
    model.addAttribute("query", query(params));
    RecommendationFilters.vocabulary(model, facilities);
    return "monitoring/public";
  }

  /** The filter part of the query string, for the CSV link and the pager. */
  private static String query(RecommendationFilterParams params) {
    var b = new StringBuilder();
    var filters = new LinkedHashMap<String, @Nullable String>();
    filters.put("source", params.source());
    filters.put("agency", params.agency());
    filters.put("theme", params.theme());
    filters.put("facility", params.facility());
    filters.put("year", params.year());
    filters.put("status", params.status());
    for (var e : filters.entrySet()) {
      var k = e.getKey();
      var v = e.getValue();
      if (v != null && !v.isBlank()) {
        b.append(b.isEmpty() ? "" : "&")
            .append(k)
            .append('=')
            .append(URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
      }
    }
    return b.toString();
  }

  @GetMapping("/public/recommendations.csv")
  ResponseEntity<byte[]> csv(RecommendationFilterParams params) throws IOException {
    var f = RecommendationFilters.of(params);
    var out = new StringWriter();
    try (var printer =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT
                .builder()
                .setHeader(
                    "id",
                    "issued_on",
                    "source",
                    "source_document",
                    "paragraph",
                    "agency",
                    "theme",
                    "affected_group",
                    "sdg_targets",
                    "facility",
                    "deadline",
                    "status",
                    "text_en",
                    "text_ru",
                    "text_kk")
                .get())) {
      for (Recommendation r : recommendations.published(f, 0, Integer.MAX_VALUE)) {
        printer.printRecord(
            r.id(),
            r.issuedOn(),
            r.source(),
            safe(r.sourceDocument()),
            safe(r.paragraph()),
            r.agency(),
            r.theme(),
            r.affectedGroup(),
            r.sdgTargets(),
            r.facilityId() == null
                ? ""
                : facilities.find(r.facilityId()).map(Facility::defaultName).orElse(r.facilityId()),
            r.deadline(),
            r.status().name(),
            safe(r.textEn()),
            safe(r.textRu()),
            safe(r.textKk()));
      }
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"recommendations.csv\"")
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A cell a spreadsheet would not run as a formula. */
  static String safe(@Nullable String s) {
    if (s == null) {
      return "";
    }
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
