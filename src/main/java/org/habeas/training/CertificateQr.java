package org.habeas.training;

import io.nayuki.qrcodegen.QrCode;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The QR code of a certificate's public check: the verify address, so a phone held over the paper
 * opens the check. Drawn as vector squares (in the PDF and as SVG on the page), never as a picture,
 * so it prints sharp at any size. Medium error correction survives a fold or a stamp.
 */
public final class CertificateQr {

  /** The light margin around the code, in modules, that readers need (ISO/IEC 18004). */
  static final int QUIET = 4;

  private CertificateQr() {}

  /** The code's matrix for the address. */
  public static QrCode encode(String url) {
    return QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
  }

  /** The code as an SVG element (with its quiet zone), sized by its container. */
  public static String svg(String url, String label) {
    var qr = encode(url);
    int n = qr.size + 2 * QUIET;
    var path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" viewBox=\"0 0 "
        + n
        + " "
        + n
        + "\" shape-rendering=\"crispEdges\"><title>"
        + escape(label)
        + "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  /** Draws the code with its lower left corner at (x, y), {@code side} points wide with margin. */
  static void draw(PDPageContentStream out, String url, float x, float y, float side)
      throws IOException {
    var qr = encode(url);
    float module = side / (qr.size + 2 * QUIET);
    out.setNonStrokingColor(1f, 1f, 1f);
    out.addRect(x, y, side, side);
    out.fill();
    out.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < qr.size; row++) {
      for (int col = 0; col < qr.size; col++) {
        if (qr.getModule(col, row)) {
          out.addRect(
              x + (col + QUIET) * module, y + side - (row + QUIET + 1) * module, module, module);
        }
      }
    }
    out.fill();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
