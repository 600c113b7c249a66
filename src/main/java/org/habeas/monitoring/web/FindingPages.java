package org.habeas.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.habeas.monitoring.Evidence;
import org.habeas.monitoring.Findings;
import org.habeas.monitoring.RecordSamples;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a visit checks and finds: custody records sampled from the facility, and findings with their
 * evidence, whose files are served here after an access check.
 */
@Controller
class FindingPages {

  /** The sampling form, as typed: how many, the period, and a seed to draw again the same way. */
  record SampleForm(
      @Nullable String n, @Nullable String from, @Nullable String to, @Nullable String seed) {

    int count() {
      try {
        return Integer.parseInt((n == null ? "" : n).strip());
      } catch (NumberFormatException e) {
        throw Problem.badField("n", "field.Range", 1, 50);
      }
    }

    @Nullable Long seedNumber() {
      var s = seed == null ? "" : seed.strip();
      if (s.isEmpty()) {
        return null;
      }
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw Problem.badField("seed", "monitoring.badSeed");
      }
    }
  }

  /** The finding form, as typed, with its evidence files. */
  record FindingFields(
      @Nullable String text,
      @Nullable String severity,
      @Nullable String recordId,
      @Nullable String cameraId,
      @Nullable List<MultipartFile> evidence) {}

  private final RecordSamples samples;
  private final Findings findings;
  private final Evidence evidence;
  private final VisitOverview overview;
  private final MessageSource messages;

  FindingPages(
      RecordSamples samples,
      Findings findings,
      Evidence evidence,
      VisitOverview overview,
      MessageSource messages) {
    this.samples = samples;
    this.findings = findings;
    this.evidence = evidence;
    this.overview = overview;
    this.messages = messages;
  }

  @PostMapping("/monitoring/visits/{id}/sample")
  String sample(
      Actor me,
      @PathVariable String id,
      SampleForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    try {
      Problems.check(binding);
      samples.sample(
          me,
          id,
          form.count(),
          VisitPages.date(form.from()),
          VisitPages.date(form.to()),
          form.seedNumber());
      return "redirect:/monitoring/visits/" + id + "#sample";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      var values =
          FormValues.of("n", form.n(), "from", form.from(), "to", form.to(), "seed", form.seed());
      return overview.page(me, id, "sample", values, Problems.byField(e, messages), model);
    }
  }

  @PostMapping("/monitoring/visits/{id}/findings")
  String finding(
      Actor me,
      @PathVariable String id,
      FindingFields form,
      BindingResult binding,
      Model model,
      HttpServletResponse response)
      throws IOException {
    var uploads = FormUploads.of(form.evidence());
    try {
      Problems.check(binding);
      findings.add(
          me,
          id,
          new Findings.FindingForm(form.text(), form.severity(), form.recordId(), form.cameraId()),
          uploads);
      return "redirect:/monitoring/visits/" + id + "#findings";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      var values =
          FormValues.of(
              "text", form.text(),
              "severity", form.severity(),
              "recordId", form.recordId(),
              "cameraId", form.cameraId());
      return overview.page(me, id, "finding", values, Problems.byField(e, messages), model);
    }
  }

  @GetMapping("/monitoring/evidence/{evidenceId}")
  ResponseEntity<byte[]> evidence(Actor me, @PathVariable String evidenceId) {
    var file = evidence.file(me, evidenceId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
        .body(file.content());
  }
}
