package org.habeas.custody.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR code of one event on the detainee's copy: the address of the public check of its receipt,
 * as an SVG of vector squares (sharp at any print size), with medium error correction to survive a
 * fold. The same drawing as a training certificate's ({@code training.CertificateQr}), which the
 * custody module may not depend on.
 */
final class CopyQr {

  /** The light margin around the code, in modules, that readers need (ISO/IEC 18004). */
  private static final int QUIET = 4;

  private CopyQr() {}

  /** The code as an SVG element with its quiet zone, sized by its container. */
  static String svg(String url, String label) {
    var qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
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
