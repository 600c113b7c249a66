package org.habeas.complaints;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.habeas.system.ApiProblem;
import org.habeas.system.ApiProblem.FieldProblem;

/**
 * Checks uploaded documents by their content, never by name or declared type: JPEG, PNG and PDF
 * only, within the size limit. Images are decoded and encoded again, which drops every metadata
 * block (EXIF, GPS position, camera serials) and anything hidden after the image data.
 */
public final class Uploads {

  /** A file as it arrived. */
  public record Upload(String filename, byte[] bytes) {}

  /** A file accepted: its real type and the bytes to keep. */
  public record Accepted(String filename, String mediaType, byte[] bytes) {}

  private Uploads() {}

  /**
   * Every upload checked, or a 400 problem naming the field ({@code attachments}) when any is
   * refused: then none is kept.
   */
  public static List<Accepted> check(List<Upload> uploads, long maxBytes, int maxCount) {
    var kept = new ArrayList<Accepted>();
    var files = uploads.stream().filter(u -> u.bytes().length > 0).toList();
    if (files.size() > maxCount) {
      throw problem("complaints.tooManyFiles", maxCount);
    }
    for (var u : files) {
      if (u.bytes().length > maxBytes) {
        throw problem("complaints.fileTooLarge", name(u.filename()), maxBytes / (1024 * 1024));
      }
      var type = sniff(u.bytes());
      if (type == null) {
        throw problem("complaints.fileType", name(u.filename()));
      }
      byte[] bytes = u.bytes();
      if (!type.equals("application/pdf")) {
        bytes = reencode(u.bytes(), type.equals("image/png") ? "png" : "jpg");
        if (bytes == null) {
          throw problem("complaints.fileType", name(u.filename()));
        }
      }
      kept.add(new Accepted(name(u.filename()), type, bytes));
    }
    return kept;
  }

  /** The media type the content shows, by its magic bytes, if it is one allowed. */
  static String sniff(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return "image/jpeg";
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
      return "image/png";
    }
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return "application/pdf";
    }
    return null;
  }

  private static byte[] reencode(byte[] bytes, String format) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null || (long) image.getWidth() * image.getHeight() > 50_000_000L) {
        return null;
      }
      if (format.equals("jpg") && image.getColorModel().hasAlpha()) {
        var rgb =
            new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        image = rgb;
      }
      var out = new ByteArrayOutputStream();
      return ImageIO.write(image, format, out) ? out.toByteArray() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The name to keep: its last path part, only safe characters, at most 100 long. */
  static String name(String filename) {
    var base = filename.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
    if (base.isEmpty()) {
      base = "document";
    }
    return base.length() > 100 ? base.substring(base.length() - 100) : base;
  }

  private static ApiProblem problem(String code, Object... args) {
    return new ApiProblem(
        400, "problem.invalid", List.of(new FieldProblem("attachments", code, args)));
  }
}
