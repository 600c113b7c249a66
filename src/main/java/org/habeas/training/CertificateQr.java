package org.habeas.training;

import io.nayuki.qrcodegen.QrCode;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.habeas.system.QrSvg;

/**
 * The QR code of a certificate's public check: the verify address, so a phone held over the paper
 * opens the check. Drawn as vector squares (in the PDF and as SVG on the page), never as a picture,
 * so it prints sharp at any size. Medium error correction survives a fold or a stamp.
 */
public final class CertificateQr {

  private CertificateQr() {}

  /** The code's matrix for the address. */
  public static QrCode encode(String url) {
    return QrSvg.encode(url);
  }

  /** The code as an SVG element (with its quiet zone), sized by its container. */
  public static String svg(String url, String label) {
    return QrSvg.svg(url, label);
  }

  /** Draws the code with its lower left corner at (x, y), {@code side} points wide with margin. */
  static void draw(PDPageContentStream out, String url, float x, float y, float side)
      throws IOException {
    var qr = encode(url);
    float module = side / (qr.size + 2 * QrSvg.QUIET);
    out.setNonStrokingColor(1f, 1f, 1f);
    out.addRect(x, y, side, side);
    out.fill();
    out.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < qr.size; row++) {
      for (int col = 0; col < qr.size; col++) {
        if (qr.getModule(col, row)) {
          out.addRect(
              x + (col + QrSvg.QUIET) * module,
              y + side - (row + QrSvg.QUIET + 1) * module,
              module,
              module);
        }
      }
    }
    out.fill();
  }
}
