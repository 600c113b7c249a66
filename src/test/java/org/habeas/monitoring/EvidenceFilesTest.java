package org.habeas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.habeas.system.Upload;
import org.habeas.system.input.Pdfs;
import org.junit.jupiter.api.Test;

class EvidenceFilesTest {

  static byte[] image(String format) throws Exception {
    var out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  /** A JPEG with an EXIF segment (APP1) carrying a made-up GPS tag right after its start. */
  static byte[] jpegWithExif() throws Exception {
    var plain = image("jpeg");
    var exif = "Exif\0\0GPSLatitude=51.1605".getBytes(StandardCharsets.ISO_8859_1);
    var out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    int len = exif.length + 2;
    out.write(len >> 8);
    out.write(len & 0xFF);
    out.write(exif);
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  @Test
  void acceptsImagesByContentAndStoresThemWithoutExif() throws Exception {
    var checked = EvidenceFiles.check(new Upload("../../IMG 001.jpeg", jpegWithExif()), 1 << 20);
    assertThat(checked.mediaType()).isEqualTo("image/jpeg");
    assertThat(checked.fileName()).isEqualTo("IMG_001.jpg");
    assertThat(new String(checked.content(), StandardCharsets.ISO_8859_1))
        .doesNotContain("Exif")
        .doesNotContain("GPSLatitude");
    assertThat(ImageIO.read(new ByteArrayInputStream(checked.content()))).isNotNull();
    assertThat(EvidenceFiles.check(new Upload("a.png", image("png")), 1 << 20).mediaType())
        .isEqualTo("image/png");
    var pdf = Pdfs.plain();
    assertThat(EvidenceFiles.check(new Upload("report", pdf), 1 << 20).fileName())
        .isEqualTo("report.pdf");
  }

  @Test
  void refusesWhatItIsNotWhateverItIsCalled() {
    var html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EvidenceFiles.check(new Upload("photo.jpg", html), 1 << 20))
        .isInstanceOfSatisfying(
            EvidenceFiles.Refused.class,
            r -> assertThat(r.code()).isEqualTo("monitoring.evidence.type"));
    var broken = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
    assertThatThrownBy(() -> EvidenceFiles.check(new Upload("x.jpg", broken), 1 << 20))
        .isInstanceOfSatisfying(
            EvidenceFiles.Refused.class,
            r -> assertThat(r.code()).isEqualTo("monitoring.evidence.corrupt"));
  }

  @Test
  void refusesTooLargeAndEmptyFiles() throws Exception {
    var png = image("png");
    assertThatThrownBy(() -> EvidenceFiles.check(new Upload("a.png", png), png.length - 1))
        .isInstanceOfSatisfying(
            EvidenceFiles.Refused.class,
            r -> assertThat(r.code()).isEqualTo("monitoring.evidence.tooLarge"));
    assertThatThrownBy(() -> EvidenceFiles.check(new Upload("a.png", new byte[0]), 10))
        .isInstanceOf(EvidenceFiles.Refused.class);
  }
}
