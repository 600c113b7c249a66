package org.habeas.statistics.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.habeas.statistics.report.ReportJobs;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The annual report: started in the chosen language, its progress, its PDF (the commission). */
@Controller
class ReportPages {

  private final ReportJobs jobs;
  private final Clock clock;

  ReportPages(ReportJobs jobs, Clock clock) {
    this.jobs = jobs;
    this.clock = clock;
  }

  /** Starts the annual report in the chosen language; the page then shows its progress. */
  @PostMapping("/statistics/report")
  String startReport(
      Actor me,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String language,
      Locale locale) {
    requireCommission(me);
    var lang =
        language != null && Users.LANGUAGES.contains(language) ? language : locale.getLanguage();
    var job = jobs.start(me.username(), StatisticsPages.year(clock, year), lang);
    return "redirect:/statistics/report/" + job.id();
  }

  /** The report's progress: the whole page, or only the progress box when htmx polls it. */
  @GetMapping("/statistics/report/{id}")
  String report(
      Actor me,
      @PathVariable String id,
      @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    requireCommission(me);
    var job = jobs.find(me.username(), id).orElseThrow(() -> Problem.notFound("stats.jobNotFound"));
    model.addAttribute("job", job);
    return htmx != null ? "statistics/report-job :: progress" : "statistics/report-job";
  }

  @GetMapping("/statistics/report/{id}/pdf")
  ResponseEntity<byte[]> download(Actor me, @PathVariable String id) {
    requireCommission(me);
    var job = jobs.find(me.username(), id).orElseThrow(() -> Problem.notFound("stats.jobNotFound"));
    var pdf = job.pdf();
    if (pdf == null) {
      throw new Problem(Problem.Kind.CONFLICT, "stats.reportNotReady", List.of());
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(job.fileName()).build().toString())
        .body(pdf);
  }

  private static void requireCommission(Actor me) {
    if (!Scope.of(me).commission()) {
      throw Problem.forbidden("problem.forbidden");
    }
  }
}
