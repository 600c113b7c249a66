package org.habeas.custody;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body map as drawn: the front and back outlines, each region's shapes marked or not, and the
 * marks numbered for the legend. Built from an injury's marks to show them, or from the regions
 * ticked on the form to draw it.
 *
 * @param front the shapes of the front outline, in drawing order
 * @param back the shapes of the back outline, in drawing order
 * @param legend the marks, numbered from 1 in body-map order
 */
public record BodyMap(List<Shape> front, List<Shape> back, List<Numbered> legend) {

  /**
   * One shape of a region on one outline.
   *
   * @param kind the kind of the region's first mark (its colour), null when not marked
   * @param numbers the legend numbers of the region's marks, e.g. {@code 1, 3}; empty when not
   *     marked
   */
  public record Shape(BodyRegion region, String d, @Nullable InjuryKind kind, String numbers) {

    public boolean marked() {
      return kind != null;
    }

    /** The CSS class of the shape: {@code region}, and {@code marked kind-bruise} when marked. */
    public String cssClass() {
      return kind == null
          ? "region"
          : "region marked kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** A mark and its number in the legend. */
  public record Numbered(int number, InjuryMark mark) {}

  /** The map of an injury's marks. */
  public static BodyMap of(List<InjuryMark> marks) {
    var sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparing(InjuryMark::region));
    var legend = new ArrayList<Numbered>();
    var byRegion = new LinkedHashMap<BodyRegion, List<Numbered>>();
    for (int i = 0; i < sorted.size(); i++) {
      var n = new Numbered(i + 1, sorted.get(i));
      legend.add(n);
      byRegion.computeIfAbsent(n.mark().region(), r -> new ArrayList<>()).add(n);
    }
    return new BodyMap(shapes(byRegion, true), shapes(byRegion, false), List.copyOf(legend));
  }

  /** The map with the regions ticked (on the form), each drawn as marked with no kind yet known. */
  public static BodyMap ticked(Collection<BodyRegion> regions) {
    return of(
        regions.stream().map(r -> new InjuryMark(r, InjuryKind.OTHER, null, null, null)).toList());
  }

  /** Whether nothing is marked. */
  public boolean empty() {
    return legend.isEmpty();
  }

  /** Whether the region is marked. */
  public boolean marks(BodyRegion region) {
    return legend.stream().anyMatch(n -> n.mark().region() == region);
  }

  private static List<Shape> shapes(Map<BodyRegion, List<Numbered>> byRegion, boolean front) {
    var out = new ArrayList<Shape>();
    for (var region : BodyRegion.values()) {
      var marks = byRegion.getOrDefault(region, List.of());
      var kind = marks.isEmpty() ? null : marks.getFirst().mark().kind();
      var numbers = String.join(", ", marks.stream().map(n -> String.valueOf(n.number())).toList());
      for (var d : front ? region.front() : region.back()) {
        out.add(new Shape(region, d, kind, numbers));
      }
    }
    return out;
  }
}
