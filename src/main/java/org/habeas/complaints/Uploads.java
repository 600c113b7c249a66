package org.habeas.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Upload;
import org.habeas.system.UploadedContent;

/**
 * Checks uploaded documents by their content, never by name or declared type: JPEG, PNG and PDF
 * only, within the size limit, and a PDF only if it carries no script, action, embedded file or
 * HTML ({@link UploadedContent}), each refusal saying which. Images are decoded and encoded again,
 * which drops every metadata block (EXIF, GPS position, camera serials) and anything hidden after
 * the image data.
 */
public final class Uploads {

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
      if (UploadedContent.magic(u.bytes()).filter("application/pdf"::equals).isPresent()) {
        var refusal = UploadedContent.pdfRefusal(u.bytes());
        if (refusal.isPresent()) {
          throw problem(
              "complaints.pdf." + refusal.get().name().toLowerCase(Locale.ROOT),
              name(u.filename()));
        }
      }
      var type =
          UploadedContent.sniff(u.bytes())
              .orElseThrow(() -> problem("complaints.fileType", name(u.filename())));
      byte[] bytes =
          type.startsWith("image/")
              ? UploadedContent.reencodeImage(u.bytes(), type)
                  .orElseThrow(() -> problem("complaints.fileType", name(u.filename())))
              : u.bytes();
      kept.add(new Accepted(name(u.filename()), type, bytes));
    }
    return kept;
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

  private static Problem problem(String code, Object... args) {
    return new Problem(
        Problem.Kind.INVALID,
        "problem.invalid",
        List.of(new FieldProblem("attachments", code, args)));
  }
}
