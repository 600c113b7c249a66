package org.habeas.training.web;

import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.training.CertificatePdf;
import org.habeas.training.CertificateQr;
import org.habeas.training.Certificates;
import org.habeas.training.TrainingAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Certificates: the PDF for coordinators, and the public check of a verification code, as a page
 * and as JSON. The check shows the holder's name as printed, the course, the kind and the dates:
 * what is needed to compare with the paper. Codes are random, so only someone who holds the paper
 * (or was shown it) can ask.
 */
@Controller
class CertificatePages {

  private final Certificates certificates;
  private final CertificatePdf pdf;

  CertificatePages(Certificates certificates, CertificatePdf pdf) {
    this.certificates = certificates;
    this.pdf = pdf;
  }

  @GetMapping("/training/certificates/{code}.pdf")
  ResponseEntity<byte[]> download(Actor me, @PathVariable String code) {
    TrainingAccess.requireView(me);
    var c =
        certificates
            .byCode(code)
            .orElseThrow(() -> Problem.notFound("training.certificate.unknown"));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("certificate-" + c.code() + ".pdf")
                .build()
                .toString())
        .body(pdf.render(c));
  }

  /** One certificate for coordinators: what it says, its PDF, and the QR code of its check. */
  @GetMapping("/training/certificates/{code}")
  String certificate(Actor me, @PathVariable String code, Model model) {
    TrainingAccess.requireView(me);
    var c =
        certificates
            .byCode(code)
            .orElseThrow(() -> Problem.notFound("training.certificate.unknown"));
    var verified = certificates.verify(c.code()).orElseThrow();
    var url = pdf.verifyUrl(c);
    model.addAttribute("certificate", c);
    model.addAttribute("verified", verified);
    model.addAttribute("verifyUrl", url);
    model.addAttribute("qr", CertificateQr.svg(url, url));
    return "training/certificate";
  }

  @GetMapping("/training/certificates/verify")
  String verifyPage(@RequestParam(required = false) @Nullable String code, Model model) {
    model.addAttribute("code", code == null ? "" : code);
    if (code != null && !code.isBlank()) {
      var found = certificates.verify(code);
      model.addAttribute("checked", true);
      model.addAttribute("found", found.orElse(null));
    }
    return "training/verify";
  }
}
