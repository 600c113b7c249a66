package org.habeas.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.habeas.system.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A certificate as a one-page PDF in the holder's language, with the verification code and where to
 * check it. DejaVu Sans (shipped in resources/fonts with its licence) is embedded, so Kazakh
 * letters (ә ғ қ ң ө ұ ү һ і) print on any reader. A QR code carries the check's address.
 */
@Component
public class CertificatePdf {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final float MARGIN = 60;
  private static final float QR_SIDE = 96;

  private final Courses courses;
  private final Participants participants;
  private final MessageSource messages;
  private final String baseUrl;
  private final byte[] regular;
  private final byte[] bold;

  CertificatePdf(
      Courses courses, Participants participants, MessageSource messages, PublicAddress address) {
    this.courses = courses;
    this.participants = participants;
    this.messages = messages;
    this.baseUrl = address.baseUrl().replaceAll("/+$", "");
    this.regular = font("fonts/DejaVuSans.ttf");
    this.bold = font("fonts/DejaVuSans-Bold.ttf");
  }

  /** The address printed on certificates where anyone can check a code. */
  public String verifyUrl(Certificate c) {
    return baseUrl + "/training/certificates/verify?code=" + c.printedCode();
  }

  public byte[] render(Certificate c) {
    var run = courses.run(c.runId()).orElseThrow();
    var course = courses.course(run.courseId()).orElseThrow();
    var tutor = run.tutorId() == null ? null : courses.tutor(run.tutorId()).orElse(null);
    var completion = participants.completion(c.runId(), c.staffId()).orElse(null);
    var locale = Locale.forLanguageTag(c.language());
    try (var doc = new PDDocument()) {
      var page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      doc.addPage(page);
      PDFont plain = PDType0Font.load(doc, new ByteArrayInputStream(regular), true);
      PDFont strong = PDType0Font.load(doc, new ByteArrayInputStream(bold), true);
      var info = new PDDocumentInformation();
      info.setTitle(text(locale, "training.pdf.kind." + c.kind()) + " " + c.printedCode());
      info.setCreator("Habeas");
      doc.setDocumentInformation(info);
      float width = page.getMediaBox().getWidth();
      float height = page.getMediaBox().getHeight();
      try (var out = new PDPageContentStream(doc, page)) {
        out.setLineWidth(2);
        out.addRect(25, 25, width - 50, height - 50);
        out.stroke();
        out.setLineWidth(0.5f);
        out.addRect(32, 32, width - 64, height - 64);
        out.stroke();
        float y = height - 95;
        y = centred(out, strong, 13, text(locale, "training.pdf.issuer"), width, y) - 34;
        y = centred(out, strong, 28, text(locale, "training.pdf.kind." + c.kind()), width, y) - 34;
        y = centred(out, plain, 14, text(locale, "training.pdf.certifies"), width, y) - 34;
        y = centred(out, strong, 26, c.holderName(), width, y) - 30;
        y = centred(out, plain, 14, text(locale, "training.pdf.completed." + c.kind()), width, y);
        y -= 30;
        for (var line :
            wrap(strong, 18, "«" + course.title(c.language()) + "»", width - 2 * MARGIN)) {
          y = centred(out, strong, 18, line, width, y) - 24;
        }
        y -= 2;
        y =
            centred(
                    out,
                    plain,
                    12,
                    text(locale, "training.pdf.provider." + course.provider()),
                    width,
                    y)
                - 20;
        var dates =
            text(
                locale,
                "training.pdf.dates",
                DATE.format(run.startsOn()),
                DATE.format(run.endsOn()),
                course.durationHours(),
                text(locale, "training.lang." + run.language()));
        y = centred(out, plain, 12, dates, width, y) - 20;
        if (completion != null && completion.score() != null && !"ATTENDANCE".equals(c.kind())) {
          y =
              centred(
                      out,
                      plain,
                      12,
                      text(
                          locale,
                          "training.pdf.score",
                          completion.score().stripTrailingZeros().toPlainString()),
                      width,
                      y)
                  - 20;
        }
        if (tutor != null) {
          centred(out, plain, 12, text(locale, "training.pdf.tutor", tutor.fullName()), width, y);
        }
        line(
            out,
            plain,
            11,
            text(locale, "training.pdf.issued", DATE.format(c.issuedOn())),
            MARGIN,
            92);
        line(out, strong, 12, text(locale, "training.pdf.code", c.printedCode()), MARGIN, 72);
        line(out, plain, 9, text(locale, "training.pdf.check", verifyUrl(c)), MARGIN, 54);
        // The check's address as a QR code in the lower right corner, inside the border.
        CertificateQr.draw(out, verifyUrl(c), width - MARGIN - QR_SIDE + 12, 40, QR_SIDE);
      }
      var bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String text(Locale locale, String code, Object... args) {
    return Objects.requireNonNullElse(messages.getMessage(code, args, code, locale), code);
  }

  private static float centred(
      PDPageContentStream out, PDFont font, float size, String s, float width, float y)
      throws IOException {
    float w = font.getStringWidth(s) / 1000 * size;
    line(out, font, size, s, (width - w) / 2, y);
    return y;
  }

  private static void line(
      PDPageContentStream out, PDFont font, float size, String s, float x, float y)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(s);
    out.endText();
  }

  /** Splits the text into lines no wider than the width, at spaces. */
  static List<String> wrap(PDFont font, float size, String s, float width) throws IOException {
    var lines = new ArrayList<String>();
    var current = new StringBuilder();
    for (var word : s.split(" ")) {
      var tried = current.isEmpty() ? word : current + " " + word;
      if (font.getStringWidth(tried) / 1000 * size > width && !current.isEmpty()) {
        lines.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(tried);
      }
    }
    if (!current.isEmpty()) {
      lines.add(current.toString());
    }
    return lines;
  }

  private static byte[] font(String path) {
    try (var in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("font missing: " + path, e);
    }
  }
}
