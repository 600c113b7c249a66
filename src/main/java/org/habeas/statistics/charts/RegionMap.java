package org.habeas.statistics.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A map of Kazakhstan's regions coloured by a figure (a choropleth), from the simplified boundary
 * file shipped with the application ({@code statistics/kz-regions.geojson}, never fetched). Regions
 * with no figure are grey and say "no data"; cities of republican significance are drawn as
 * circles.
 */
public final class RegionMap {

  /** Light to dark blue, five classes. */
  public static final List<String> CLASSES =
      List.of("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c");

  public static final String NO_DATA = "#e6e6e6";

  private static final double LON0 = 46.0;
  private static final double LAT0 = 55.8;
  private static final double K = 22;
  private static final double COS = Math.cos(Math.toRadians(48));

  /** One shape of the file. */
  public record Shape(
      String code,
      boolean city,
      String nameEn,
      String nameRu,
      String nameKk,
      List<double[]> points) {

    public String name(Locale locale) {
      return switch (locale.getLanguage()) {
        case "ru" -> nameRu;
        case "kk" -> nameKk;
        default -> nameEn;
      };
    }
  }

  private static final List<Shape> SHAPES = load();

  private RegionMap() {}

  public static List<Shape> shapes() {
    return SHAPES;
  }

  /**
   * The map.
   *
   * @param values the figure per region code; regions without one are "no data"
   * @param texts the figure as printed, per region code
   * @param noData the words for "no data" in the viewer's language
   */
  public static String render(
      String id,
      String title,
      String desc,
      Map<String, Double> values,
      Map<String, String> texts,
      String noData,
      Locale locale) {
    double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    int width = (int) Math.ceil(x(87.6)) + 10;
    int mapHeight = (int) Math.ceil(y(40.4)) + 4;
    int height = mapHeight + 44;
    var s = Charts.open(id, title, desc, width, height);
    for (var shape : SHAPES) {
      var v = values.get(shape.code());
      String fill = v == null ? NO_DATA : CLASSES.get(klass(v, max));
      String label =
          shape.name(locale) + ": " + (v == null ? noData : texts.getOrDefault(shape.code(), ""));
      if (shape.city()) {
        var p = shape.points().getFirst();
        s.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\" stroke=\"#333\""
                    + " stroke-width=\"1\" data-region=\"%s\"><title>%s</title></circle>",
                x(p[0]),
                y(p[1]),
                fill,
                Charts.esc(shape.code()),
                Charts.esc(label)));
      } else {
        var d = new StringBuilder();
        for (var p : shape.points()) {
          d.append(d.isEmpty() ? "M" : " L")
              .append(String.format(Locale.ROOT, "%.1f %.1f", x(p[0]), y(p[1])));
        }
        s.append(
            String.format(
                Locale.ROOT,
                "<path d=\"%s Z\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"1.2\""
                    + " data-region=\"%s\"><title>%s</title></path>",
                d,
                fill,
                Charts.esc(shape.code()),
                Charts.esc(label)));
      }
    }
    // Legend: the five classes with their ranges, then "no data" on a line of its own.
    double top = top(max);
    int lx = 10;
    int ly = mapHeight + 4;
    for (int k = 0; k < CLASSES.size(); k++) {
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\" stroke=\"#999\"/>"
                  + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#222\">%s–%s</text>",
              lx,
              ly,
              CLASSES.get(k),
              lx + 18,
              ly + 11,
              Scale.label(top * k / CLASSES.size()),
              Scale.label(top * (k + 1) / CLASSES.size())));
      lx += 82;
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"10\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\" stroke=\"#999\"/>"
                + "<text x=\"28\" y=\"%d\" font-size=\"11\" fill=\"#222\">%s</text>",
            ly + 20,
            NO_DATA,
            ly + 31,
            Charts.esc(noData)));
    return s.append("</svg>").toString();
  }

  /** The top of the legend's scale: a round number at or above the maximum. */
  static double top(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double w = max / CLASSES.size();
    double magnitude = Math.pow(10, Math.floor(Math.log10(w)));
    for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (m * magnitude >= w - 1e-9) {
        return m * magnitude * CLASSES.size();
      }
    }
    return 10 * magnitude * CLASSES.size();
  }

  /** The class (0 to 4) of a value on the legend's scale for data up to {@code max}. */
  public static int klass(double v, double max) {
    if (!(max > 0)) {
      return 0;
    }
    int k = (int) Math.floor(v / top(max) * CLASSES.size());
    return Math.max(0, Math.min(CLASSES.size() - 1, k));
  }

  static double x(double lon) {
    return (lon - LON0) * COS * K + 6;
  }

  static double y(double lat) {
    return (LAT0 - lat) * K + 4;
  }

  private static List<Shape> load() {
    try (InputStream in = RegionMap.class.getResourceAsStream("/statistics/kz-regions.geojson")) {
      if (in == null) {
        throw new IllegalStateException("statistics/kz-regions.geojson is missing");
      }
      JsonNode root = JsonMapper.builder().build().readTree(in);
      var out = new ArrayList<Shape>();
      for (var f : root.get("features")) {
        var p = f.get("properties");
        var g = f.get("geometry");
        var points = new ArrayList<double[]>();
        if ("Point".equals(g.get("type").asString())) {
          var c = g.get("coordinates");
          points.add(new double[] {c.get(0).asDouble(), c.get(1).asDouble()});
        } else {
          for (var c : g.get("coordinates").get(0)) {
            points.add(new double[] {c.get(0).asDouble(), c.get(1).asDouble()});
          }
        }
        out.add(
            new Shape(
                p.get("code").asString(),
                "city".equals(p.get("kind").asString()),
                p.get("name_en").asString(),
                p.get("name_ru").asString(),
                p.get("name_kk").asString(),
                List.copyOf(points)));
      }
      // Cities last, so they are drawn on top of their regions.
      out.sort((a, b) -> Boolean.compare(a.city(), b.city()));
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name of a map shape by code in the viewer's language, if the map has it. */
  public static @Nullable String name(String code, Locale locale) {
    return SHAPES.stream()
        .filter(s -> s.code().equals(code))
        .map(s -> s.name(locale))
        .findFirst()
        .orElse(null);
  }
}
