package org.habeas.system;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code of an address as an SVG of vector squares, never a picture, so it prints sharp at any
 * size; medium error correction survives a fold or a stamp. The paper Habeas hands out carries one
 * to its public check: a training certificate, and each event of a detained person's own copy of
 * their custody record.
 */
public final class QrSvg {

  /** The light margin around the code, in modules, that readers need (ISO/IEC 18004). */
  public static final int QUIET = 4;

  private QrSvg() {}

  /** The code's matrix for the address. */
  public static QrCode encode(String url) {
    return QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
  }

  /**
   * The code as an SVG element with its quiet zone, sized by its container; {@code data-url}
   * carries the address for a page's script (and tests), {@code label} is its accessible title.
   */
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
        + "\" shape-rendering=\"crispEdges\" data-url=\""
        + escape(url)
        + "\"><title>"
        + escape(label)
        + "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
