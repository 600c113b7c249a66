package org.habeas.system;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded file really is, by its content and never its name, and an image's content
 * without its metadata: the one check behind complaint attachments and visit evidence. Only JPEG,
 * PNG and inert PDF are recognised.
 *
 * <p>A PDF is a container: besides pages it can carry JavaScript, actions that launch programs or
 * submit forms, embedded files, Flash or XFA forms, and its bytes can at the same time be an HTML
 * page (a polyglot a browser renders as a web page). Such a file is not accepted as evidence: it is
 * parsed (PDFBox, without decoding any stream) and refused when any of its objects carries such
 * content, when its bytes hold an HTML document, or when it cannot be parsed at all (what cannot be
 * read cannot be checked; a PDF header on garbage is no more a PDF than a PNG header on garbage is
 * an image).
 */
public final class UploadedContent {

  /** Images larger than this many pixels are refused rather than decoded (a decompression bomb). */
  private static final long MAX_PIXELS = 50_000_000L;

  private UploadedContent() {}

  /** Why a PDF is refused. */
  public enum PdfRefusal {
    /** It does not parse as a PDF (or is encrypted against reading). */
    UNREADABLE,
    /** It carries JavaScript, actions, embedded files, rich media or XFA. */
    ACTIVE_CONTENT,
    /** Its bytes hold an HTML document or script: a polyglot. */
    HTML
  }

  /**
   * Dictionary keys that carry scripts, embedded files, rich media or XFA. (An action is judged by
   * its type: an {@code /OpenAction} that only opens a page at a zoom is harmless and common.)
   */
  private static final Set<COSName> ACTIVE_KEYS =
      Set.of(
          COSName.JS,
          COSName.JAVA_SCRIPT,
          COSName.EMBEDDED_FILES,
          COSName.EF,
          COSName.getPDFName("RichMediaContent"),
          COSName.getPDFName("RichMediaSettings"),
          COSName.XFA);

  /** Action types ({@code /S}) and types or subtypes that run, launch, send or embed. */
  private static final Set<COSName> ACTIVE_NAMES =
      Set.of(
          COSName.JAVA_SCRIPT,
          COSName.getPDFName("Launch"),
          COSName.getPDFName("SubmitForm"),
          COSName.getPDFName("ImportData"),
          COSName.getPDFName("RichMediaExecute"),
          COSName.getPDFName("GoToE"),
          COSName.getPDFName("Rendition"),
          COSName.EMBEDDED_FILE,
          COSName.getPDFName("RichMedia"),
          COSName.getPDFName("FileAttachment"));

  private static final Pattern HTML =
      Pattern.compile(
          "<(html|script|body|iframe|object|embed)[\\s>/]|<!doctype\\s+html|javascript:",
          Pattern.CASE_INSENSITIVE);

  /**
   * The media type the content is, if it is JPEG or PNG by its magic bytes, or a PDF by its magic
   * bytes that {@link #pdfRefusal} does not refuse.
   */
  public static Optional<String> sniff(byte[] b) {
    var type = magic(b);
    if (type.isPresent() && type.get().equals("application/pdf") && pdfRefusal(b).isPresent()) {
      return Optional.empty();
    }
    return type;
  }

  /** The media type the magic bytes claim (JPEG, PNG, PDF), without looking further. */
  public static Optional<String> magic(byte[] b) {
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
   * Why a file with a PDF header is refused, if it is: it does not parse, it carries active
   * content, or its bytes hold HTML. Empty for an inert PDF.
   */
  public static Optional<PdfRefusal> pdfRefusal(byte[] bytes) {
    if (HTML.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
      return Optional.of(PdfRefusal.HTML);
    }
    try (var pdf = Loader.loadPDF(bytes)) {
      var cos = pdf.getDocument();
      if (active(cos.getTrailer())) {
        return Optional.of(PdfRefusal.ACTIVE_CONTENT);
      }
      for (var key : cos.getXrefTable().keySet()) {
        var object = cos.getObjectFromPool(key);
        if (active(object == null ? null : object.getObject())) {
          return Optional.of(PdfRefusal.ACTIVE_CONTENT);
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of(PdfRefusal.UNREADABLE);
    }
  }

  /**
   * Whether {@code root} or anything directly inside it (its dictionaries and arrays, not the
   * objects it refers to: those are checked one by one from the cross-reference table) is active.
   */
  private static boolean active(@Nullable COSBase root) {
    var seen = Collections.newSetFromMap(new IdentityHashMap<COSBase, Boolean>());
    var todo = new ArrayDeque<COSBase>();
    if (root != null) {
      todo.push(root);
    }
    while (!todo.isEmpty()) {
      var next = todo.pop();
      if (next instanceof COSObject || !seen.add(next)) {
        continue;
      }
      if (next instanceof COSDictionary d) {
        for (var entry : d.entrySet()) {
          if (ACTIVE_KEYS.contains(entry.getKey())) {
            return true;
          }
          var value = entry.getValue();
          if ((entry.getKey().equals(COSName.S)
                  || entry.getKey().equals(COSName.TYPE)
                  || entry.getKey().equals(COSName.SUBTYPE))
              && value instanceof COSName n
              && ACTIVE_NAMES.contains(n)) {
            return true;
          }
          if (value != null) {
            todo.push(value);
          }
        }
      } else if (next instanceof COSArray a) {
        for (var item : a) {
          if (item != null) {
            todo.push(item);
          }
        }
      }
    }
    return false;
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
