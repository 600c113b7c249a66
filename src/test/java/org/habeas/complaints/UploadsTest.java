package org.habeas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.habeas.system.Problem;
import org.habeas.system.Upload;
import org.habeas.system.input.Pdfs;
import org.junit.jupiter.api.Test;

/** Attachments are judged by their content, not their name. */
class UploadsTest {

  static byte[] png() throws Exception {
    var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0xff0000);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static byte[] jpegWithExif() throws Exception {
    var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    byte[] jpeg = out.toByteArray();
    // Insert an APP1 "Exif" segment carrying a fake GPS marker right after SOI.
    byte[] payload = "Exif\0\0GPS-51.1694N-71.4491E".getBytes(StandardCharsets.ISO_8859_1);
    var with = new ByteArrayOutputStream();
    with.write(jpeg, 0, 2);
    with.write(0xFF);
    with.write(0xE1);
    int len = payload.length + 2;
    with.write(len >> 8);
    with.write(len & 0xff);
    with.write(payload);
    with.write(jpeg, 2, jpeg.length - 2);
    return with.toByteArray();
  }

  @Test
  void acceptsImagesAndPdfByContentAndStripsImageMetadata() throws Exception {
    byte[] jpeg = jpegWithExif();
    assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).contains("GPS-51.1694N");
    var kept =
        Uploads.check(
            List.of(
                new Upload("photo.jpg", jpeg),
                new Upload("scan.png", png()),
                new Upload("letter.pdf", Pdfs.plain())),
            1_000_000,
            3);
    assertThat(kept)
        .extracting(Uploads.Accepted::mediaType)
        .containsExactly("image/jpeg", "image/png", "application/pdf");
    assertThat(new String(kept.getFirst().bytes(), StandardCharsets.ISO_8859_1))
        .doesNotContain("GPS-51.1694N");
  }

  @Test
  void refusesADisguisedFileTooLargeFilesAndTooMany() throws Exception {
    var html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Uploads.check(List.of(new Upload("photo.jpg", html)), 1000, 3))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> assertThat(p.fields().getFirst().code()).isEqualTo("complaints.fileType"));
    assertThatThrownBy(() -> Uploads.check(List.of(new Upload("a.png", png())), 10, 3))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> assertThat(p.fields().getFirst().code()).isEqualTo("complaints.fileTooLarge"));
    var p = png();
    assertThatThrownBy(
            () ->
                Uploads.check(
                    List.of(new Upload("a.png", p), new Upload("b.png", p)), 1_000_000, 1))
        .isInstanceOfSatisfying(
            Problem.class,
            e -> assertThat(e.fields().getFirst().code()).isEqualTo("complaints.tooManyFiles"));
    // A PNG header on garbage is not an image.
    var fake = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    assertThatThrownBy(() -> Uploads.check(List.of(new Upload("x.png", fake)), 1000, 3))
        .isInstanceOf(Problem.class);
  }

  @Test
  void refusesAPdfThatIsNotInertAndSaysWhy() throws Exception {
    var cases =
        java.util.Map.of(
            "complaints.pdf.active_content", Pdfs.javaScript(),
            "complaints.pdf.html", Pdfs.withHtml(),
            "complaints.pdf.unreadable", Pdfs.headerOnly());
    for (var c : cases.entrySet()) {
      assertThatThrownBy(
              () -> Uploads.check(List.of(new Upload("letter.pdf", c.getValue())), 1_000_000, 3))
          .as(c.getKey())
          .isInstanceOfSatisfying(
              Problem.class,
              p -> {
                assertThat(p.fields().getFirst().field()).isEqualTo("attachments");
                assertThat(p.fields().getFirst().code()).isEqualTo(c.getKey());
              });
    }
  }

  @Test
  void keepsOnlyASafeFileName() {
    assertThat(Uploads.name("../../etc/passwd")).isEqualTo("passwd");
    assertThat(Uploads.name("C:\\Users\\me\\фото 1.jpg")).isEqualTo("фото 1.jpg");
    assertThat(Uploads.name("<script>.pdf")).isEqualTo("_script_.pdf");
  }
}
