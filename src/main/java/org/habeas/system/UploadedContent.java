package org.habeas.system;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * What an uploaded file really is, by its content and never its name, and an image's content
 * without its metadata: the one check behind complaint attachments and visit evidence. Only JPEG,
 * PNG and PDF are recognised.
 */
public final class UploadedContent {

  /** Images larger than this many pixels are refused rather than decoded (a decompression bomb). */
  private static final long MAX_PIXELS = 50_000_000L;

  private UploadedContent() {}

  /** The media type the content shows by its magic bytes, if it is JPEG, PNG or PDF. */
  public static Optional<String> sniff(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return Optional.of("image/jpeg");
    }
    if (b.length >= 8
        && (b[0] & 0xff) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0D
        && b[5] == 0x0A
        && b[6] == 0x1A
        && b[7] == 0x0A) {
      return Optional.of("image/png");
    }
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return Optional.of("application/pdf");
    }
    return Optional.empty();
  }

  /**
   * The image decoded and written again as {@code mediaType} (JPEG or PNG), which drops its EXIF
   * and GPS data; empty when it does not decode, is too large, or cannot be written.
   */
  public static Optional<byte[]> reencodeImage(byte[] bytes, String mediaType) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null || (long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
        return Optional.empty();
      }
      boolean jpeg = "image/jpeg".equals(mediaType);
      if (jpeg && image.getColorModel().hasAlpha()) {
        var rgb =
            new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        image = rgb;
      }
      var out = new ByteArrayOutputStream();
      return ImageIO.write(image, jpeg ? "jpg" : "png", out)
          ? Optional.of(out.toByteArray())
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
