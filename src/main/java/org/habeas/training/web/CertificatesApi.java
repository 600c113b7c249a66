package org.habeas.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.system.Actor;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.training.Certificate;
import org.habeas.training.CertificatePdf;
import org.habeas.training.Certificates;
import org.habeas.training.Courses;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Certificates in JSON: the public check of a code, and the list for coordinators. */
@RestController
@Tag(name = "Training certificates")
class CertificatesApi {

  private final Certificates certificates;
  private final CertificatePdf pdf;
  private final Courses courses;

  CertificatesApi(Certificates certificates, CertificatePdf pdf, Courses courses) {
    this.certificates = certificates;
    this.pdf = pdf;
    this.courses = courses;
  }

  /** The public JSON check. */
  @GetMapping(path = "/api/v1/certificates/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Check a training certificate's verification code (no sign-in)",
      description =
          "Holder's name as printed, course, kind and dates; 404 if the code was never issued.")
  Map<String, Object> check(@PathVariable String code) {
    var v =
        certificates
            .verify(code)
            .orElseThrow(() -> Problem.notFound("training.certificate.unknown"));
    return Map.of(
        "holderName", v.holderName(),
        "course",
            Map.of(
                "code", v.course().code(),
                "title", v.course().title(v.language()),
                "provider", v.course().provider()),
        "kind", v.kind().toLowerCase(Locale.ROOT),
        "language", v.language(),
        "completedOn", v.completedOn().toString(),
        "issuedOn", v.issuedOn().toString());
  }

  /** Certificates issued, newest first, with their codes (training coordinators). */
  @GetMapping(path = "/api/v1/certificates", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Certificates issued, with their verification codes (training coordinators)")
  List<Map<String, Object>> list(
      Actor me,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    var p = Paging.of(page, size);
    return certificates.page(me, p.offset(), p.size()).stream().map(this::json).toList();
  }

  private Map<String, Object> json(Certificate c) {
    var run = courses.run(c.runId()).orElseThrow();
    return Map.of(
        "code", c.printedCode(),
        "kind", c.kind().toLowerCase(Locale.ROOT),
        "holderName", c.holderName(),
        "runCode", run.code(),
        "language", c.language(),
        "issuedOn", c.issuedOn().toString(),
        "verifyUrl", pdf.verifyUrl(c));
  }
}
