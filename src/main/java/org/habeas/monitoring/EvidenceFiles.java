package org.habeas.monitoring;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Checks an evidence file by its content, not its name: a JPEG, PNG or PDF within the size limit.
 * Images are decoded and encoded again, so what is stored carries no EXIF (no GPS position, no
 * device) and no hidden payload; a file that does not decode is refused.
 */
public final class EvidenceFiles {

  /** A file that passed: what it is, the bytes to store and their SHA-256. */
  public record Checked(String mediaType, String fileName, byte[] content, String sha256) {}

  /** Why a file was refused: a message code. */
  public static final class Refused extends Exception {
    private final String code;

    Refused(String code) {
      super(code);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private EvidenceFiles() {}

  /** The media type the content is, by its first bytes; empty for anything else. */
  public static Optional<String> sniff(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return Optional.of("image/jpeg");
    }
    if (b.length >= 8
        && (b[0] & 0xff) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0d
        && b[5] == 0x0a
        && b[6] == 0x1a
        && b[7] == 0x0a) {
      return Optional.of("image/png");
    }
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return Optional.of("application/pdf");
    }
    return Optional.empty();
  }

  public static Checked check(Upload upload, int maxBytes) throws Refused {
    var bytes = upload.bytes();
    if (bytes.length == 0) {
      throw new Refused("monitoring.evidence.empty");
    }
    if (bytes.length > maxBytes) {
      throw new Refused("monitoring.evidence.tooLarge");
    }
    var type = sniff(bytes).orElseThrow(() -> new Refused("monitoring.evidence.type"));
    var content = type.startsWith("image/") ? reencode(bytes, type) : bytes;
    return new Checked(type, name(upload.fileName(), type), content, sha256(content));
  }

  private static byte[] reencode(byte[] bytes, String type) throws Refused {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null) {
        throw new Refused("monitoring.evidence.corrupt");
      }
      if ("image/jpeg".equals(type) && image.getColorModel().hasAlpha()) {
        var rgb =
            new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        image = rgb;
      }
      var out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, "image/jpeg".equals(type) ? "jpeg" : "png", out)) {
        throw new Refused("monitoring.evidence.corrupt");
      }
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new Refused("monitoring.evidence.corrupt");
    }
  }

  /** A safe file name: letters, digits, dot, dash and underscore only, with the right extension. */
  static String name(String given, String type) {
    var base = given.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
    base = base.replaceAll("[^\\p{L}\\p{N}_-]", "_");
    if (base.isBlank()) {
      base = "evidence";
    }
    if (base.length() > 100) {
      base = base.substring(0, 100);
    }
    var ext =
        switch (type) {
          case "image/jpeg" -> ".jpg";
          case "image/png" -> ".png";
          default -> ".pdf";
        };
    return base + ext;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
