package org.habeas.statistics.charts;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * SVG charts as text, ready to embed in a page or the report. Every chart has {@code role="img"}, a
 * {@code <title>} and a {@code <desc>}, and uses colours that colour-blind readers can tell apart
 * (Okabe and Ito); values are printed on the bars, so nothing rests on colour alone.
 */
public final class Charts {

  /** Okabe–Ito colours. */
  public static final List<String> PALETTE =
      List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000");

  private Charts() {}

  /** One bar: a label, its value, and the value as printed beside it. */
  public record Bar(String label, double value, String valueText) {}

  /** One stacked series: a name and a value per category. */
  public record Series(String name, List<Double> values) {}

  /**
   * Horizontal bars, one per row: for shares (give {@code max} 100) or counts (max null: scaled).
   */
  public static String bars(
      String id, String title, String desc, List<Bar> bars, @Nullable Double max) {
    int labelWidth = 300;
    int plot = 320;
    int row = 24;
    int top = 8;
    int height = top + Math.max(1, bars.size()) * row + 28;
    int width = labelWidth + plot + 70;
    double dataMax = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    var scale = max != null ? new Scale(max / 4, max) : Scale.nice(dataMax, 4);
    var s = open(id, title, desc, width, height);
    for (var tick : scale.ticks()) {
      double x = labelWidth + scale.position(tick, plot);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>",
              x,
              top,
              x,
              height - 22));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\""
                  + " fill=\"#444\">%s</text>",
              x,
              height - 8,
              Scale.label(tick)));
    }
    for (int i = 0; i < bars.size(); i++) {
      var b = bars.get(i);
      int y = top + i * row;
      double w = scale.position(b.value(), plot);
      s.append("<g>");
      s.append("<title>").append(esc(b.label() + ": " + b.valueText())).append("</title>");
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\" fill=\"#222\">%s</text>",
              labelWidth - 6,
              y + 16,
              esc(shorten(b.label(), 44))));
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
              labelWidth,
              y + 4,
              w,
              row - 8,
              PALETTE.getFirst()));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" fill=\"#222\">%s</text>",
              labelWidth + w + 4,
              y + 16,
              esc(b.valueText())));
      s.append("</g>");
    }
    return s.append("</svg>").toString();
  }

  /** Columns per category (e.g. month), each stacked by series (e.g. region), with a legend. */
  public static String stackedColumns(
      String id, String title, String desc, List<String> categories, List<Series> series) {
    int left = 44;
    int plotW = Math.max(240, Math.min(640, categories.size() * 48));
    int plotH = 200;
    int top = 10;
    int legendRows = (series.size() + 2) / 3;
    int width = left + plotW + 16;
    int height = top + plotH + 36 + legendRows * 18 + 8;
    double max = 0;
    for (int c = 0; c < categories.size(); c++) {
      double sum = 0;
      for (var se : series) {
        sum += c < se.values().size() ? se.values().get(c) : 0;
      }
      max = Math.max(max, sum);
    }
    var scale = Scale.nice(max, 4);
    var s = open(id, title, desc, width, height);
    for (var tick : scale.ticks()) {
      double y = top + plotH - scale.position(tick, plotH);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\""
                  + " fill=\"#444\">%s</text>",
              left,
              y,
              left + plotW,
              y,
              left - 4,
              y + 4,
              Scale.label(tick)));
    }
    double slot = categories.isEmpty() ? plotW : (double) plotW / categories.size();
    double barW = Math.max(4, slot * 0.7);
    for (int c = 0; c < categories.size(); c++) {
      double x = left + c * slot + (slot - barW) / 2;
      double base = top + plotH;
      double sum = 0;
      for (int k = 0; k < series.size(); k++) {
        var se = series.get(k);
        double v = c < se.values().size() ? se.values().get(c) : 0;
        if (v <= 0) {
          continue;
        }
        double h = scale.position(sum + v, plotH) - scale.position(sum, plotH);
        sum += v;
        s.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s</title></rect>",
                x,
                base - scale.position(sum, plotH),
                barW,
                h,
                color(k),
                esc(categories.get(c) + " · " + se.name() + ": " + Scale.label(v))));
      }
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\""
                  + " fill=\"#222\">%s</text>",
              x + barW / 2,
              base - scale.position(sum, plotH) - 3,
              sum > 0 ? Scale.label(sum) : ""));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\""
                  + " fill=\"#444\">%s</text>",
              x + barW / 2,
              top + plotH + 14,
              esc(categories.get(c))));
    }
    for (int k = 0; k < series.size(); k++) {
      int lx = left + (k % 3) * (plotW / 3);
      int ly = top + plotH + 30 + (k / 3) * 18;
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#222\">%s</text>",
              lx,
              ly,
              color(k),
              lx + 16,
              ly + 10,
              esc(shorten(series.get(k).name(), 30))));
    }
    return s.append("</svg>").toString();
  }

  static String color(int k) {
    return PALETTE.get(k % PALETTE.size());
  }

  static StringBuilder open(String id, String title, String desc, int width, int height) {
    var s = new StringBuilder(2048);
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""
                + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                + " aria-labelledby=\"%s-t %s-d\" font-family=\"DejaVu Sans, sans-serif\">",
            width,
            height,
            width,
            height,
            esc(id),
            esc(id)));
    s.append("<title id=\"").append(esc(id)).append("-t\">").append(esc(title)).append("</title>");
    s.append("<desc id=\"").append(esc(id)).append("-d\">").append(esc(desc)).append("</desc>");
    return s;
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Escapes text for SVG/XML. */
  public static String esc(String s) {
    var out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
