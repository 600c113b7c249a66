package org.habeas.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.habeas.IntegrationTest;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/** The certificate's QR code opens its public check: decoded back from the printed PDF. */
@IntegrationTest
class CertificateQrTests {

  private static final Actor TRAINER =
      new Actor("trainer", "Marat Iskakov", Role.TRAINER, null, null, "en");

  @Autowired MockMvc mvc;
  @Autowired StaffDirectory directory;
  @Autowired Courses courses;
  @Autowired Participants participants;
  @Autowired Certificates certificates;
  @Autowired CertificatePdf pdf;

  @Value("${habeas.base-url}")
  String baseUrl;

  @Test
  void thePrintedQrCodeDecodesToTheVerifyAddressOfTheCertificate() throws Exception {
    var c = certificate();
    var expected = baseUrl + "/training/certificates/verify?code=" + c.printedCode();
    assertThat(pdf.verifyUrl(c)).isEqualTo(expected);

    BufferedImage page;
    try (var doc = Loader.loadPDF(pdf.render(c))) {
      page = new PDFRenderer(doc).renderImage(0, 2f);
    }
    var text =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(new HybridBinarizer(luminance(page))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
            .getText();
    assertThat(text).isEqualTo(expected);

    // The address opens the check of this certificate.
    mvc.perform(get(expected.substring(baseUrl.length())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"valid\"")));
  }

  @Test
  void theCertificatePageShowsTheSameCodeAsSvg() throws Exception {
    var c = certificate();
    var url = pdf.verifyUrl(c);
    var qr = CertificateQr.encode(url);
    var svg = CertificateQr.svg(url, url);
    // Every dark module is one square of the path, at its place inside the quiet zone.
    long dark = 0;
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          dark++;
          assertThat(svg).contains("M" + (x + 4) + "," + (y + 4) + "h1v1h-1z");
        }
      }
    }
    assertThat(svg.split("h1v1h-1z", -1).length - 1).isEqualTo(dark);

    mvc.perform(get("/training/certificates/" + c.code()).with(user("trainer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(svg)))
        .andExpect(content().string(containsString("id=\"verify-url\" href=\"" + url + "\"")));
    mvc.perform(get("/training/certificates/" + c.code()).with(user("officer")))
        .andExpect(status().isForbidden());
  }

  private static RGBLuminanceSource luminance(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    return new RGBLuminanceSource(w, h, image.getRGB(0, 0, w, h, null, 0, w));
  }

  private Certificate certificate() {
    var tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var course = courses.courses().getFirst();
    var run =
        courses.addRun(
            TRAINER,
            new CourseRun(
                "",
                course.id(),
                "QR-" + tag,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 4, 30),
                course.languages().getFirst(),
                null,
                null));
    var staff =
        directory.add(
            TRAINER,
            new Staff(
                "",
                "Q-" + tag,
                "Aigerim Qr" + tag,
                null,
                "custody-staff",
                "police",
                "kz-ast-tdf1",
                null,
                null,
                "kk"));
    participants.complete(
        TRAINER,
        new Completion(run, staff, LocalDate.of(2026, 4, 30), 100, new BigDecimal("90"), "MANUAL"),
        null);
    return certificates.issue(TRAINER, run, staff, "ATTENDANCE", null);
  }
}
