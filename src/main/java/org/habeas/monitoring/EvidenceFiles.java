package org.habeas.monitoring;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.habeas.system.Upload;
import org.habeas.system.UploadedContent;

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

  public static Checked check(Upload upload, int maxBytes) throws Refused {
    var bytes = upload.bytes();
    if (bytes.length == 0) {
      throw new Refused("monitoring.evidence.empty");
    }
    if (bytes.length > maxBytes) {
      throw new Refused("monitoring.evidence.tooLarge");
    }
    var type =
        UploadedContent.sniff(bytes).orElseThrow(() -> new Refused("monitoring.evidence.type"));
    var content =
        type.startsWith("image/")
            ? UploadedContent.reencodeImage(bytes, type)
                .orElseThrow(() -> new Refused("monitoring.evidence.corrupt"))
            : bytes;
    return new Checked(type, name(upload.filename(), type), content, sha256(content));
  }

  /**
   * What the ledger commits to of the files stored with a finding or progress report: each one's
   * digest, name, type and size, as the evidence rows keep them.
   */
  static List<Map<String, Object>> described(List<Checked> files) {
    return files.stream()
        .map(
            f ->
                Map.<String, Object>of(
                    "sha256",
                    f.sha256(),
                    "fileName",
                    f.fileName(),
                    "mediaType",
                    f.mediaType(),
                    "size",
                    f.content().length))
        .toList();
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
