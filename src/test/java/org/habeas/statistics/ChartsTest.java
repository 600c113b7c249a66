package org.habeas.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.habeas.statistics.charts.Charts;
import org.habeas.statistics.charts.RegionMap;
import org.habeas.statistics.charts.Scale;
import org.habeas.statistics.readmodel.DelayBuckets;
import org.habeas.statistics.readmodel.NightWindow;
import org.junit.jupiter.api.Test;

/** Chart scaling, percentiles from the minute histogram, and night questioning. */
class ChartsTest {

  @Test
  void axesEndOnARoundNumberAtOrAboveTheMaximum() {
    assertThat(Scale.nice(42, 4)).isEqualTo(new Scale(20, 60));
    assertThat(Scale.nice(100, 4)).isEqualTo(new Scale(50, 100));
    assertThat(Scale.nice(7, 4)).isEqualTo(new Scale(2, 8));
    assertThat(Scale.nice(0.3, 4)).isEqualTo(new Scale(0.1, 0.30000000000000004));
    assertThat(Scale.nice(0, 4)).isEqualTo(new Scale(1, 1));
    assertThat(Scale.nice(42, 4).ticks()).containsExactly(0.0, 20.0, 40.0, 60.0);
    assertThat(Scale.nice(42, 4).position(30, 300)).isEqualTo(150.0);
    assertThat(Scale.nice(42, 4).position(99, 300)).isEqualTo(300.0);
  }

  @Test
  void chartsCarryATitleADescriptionAndEscapedText() {
    var svg =
        Charts.bars(
            "c1", "Rules <&>", "desc", List.of(new Charts.Bar("A \"rule\"", 50, "50 %")), 100.0);
    assertThat(svg)
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("role=\"img\"", "<title id=\"c1-t\">Rules &lt;&amp;&gt;</title>")
        .contains("<desc id=\"c1-d\">desc</desc>", "A &quot;rule&quot;")
        // Half of a 320-pixel axis.
        .contains("width=\"160.0\"");
  }

  @Test
  void theMapColoursRegionsWithDataAndGreysTheRest() {
    var svg =
        RegionMap.render(
            "m",
            "Map",
            "desc",
            Map.of("ast", 14.0, "kar", 5.0),
            Map.of("ast", "14"),
            "no data",
            Locale.forLanguageTag("kk"));
    assertThat(RegionMap.shapes()).hasSize(20);
    assertThat(svg).contains("data-region=\"kar\"", "data-region=\"ast\"", "Қарағанды облысы");
    assertThat(svg).contains(RegionMap.NO_DATA, RegionMap.CLASSES.getLast());
    assertThat(RegionMap.klass(14, 14)).isEqualTo(4);
    assertThat(RegionMap.klass(0, 14)).isZero();
    assertThat(RegionMap.klass(5, 14)).isEqualTo(1); // classes of 3: 0–3, 3–6, …
  }

  @Test
  void percentilesComeFromTheMinuteHistogramWithinABucket() {
    var h = new TreeMap<Integer, Long>();
    // 10 records: minutes 12, 12, 33, 47, 61, 75, 90, 120, 180, 2000
    for (int m : new int[] {12, 12, 33, 47, 61, 75, 90, 120, 180, 2000}) {
      h.merge(DelayBuckets.bucket(m), 1L, Long::sum);
    }
    var median = DelayBuckets.quantile(h, 0.5);
    var p90 = DelayBuckets.quantile(h, 0.9);
    // The exact median is 61; the bucket 60–65 holds it.
    assertThat(median).isBetween(60.0, 65.0);
    // The exact 90th percentile is 180; the bucket 180–195 holds it.
    assertThat(p90).isBetween(180.0, 195.0);
    assertThat(DelayBuckets.bucket(131)).isEqualTo(120);
    assertThat(DelayBuckets.quantile(new TreeMap<>(), 0.5)).isNull();
    assertThat(DelayBuckets.bucket(1441)).isEqualTo(1440);
    assertThat(DelayBuckets.bucket(1499)).isEqualTo(1440);
    assertThat(DelayBuckets.bucket(7 * 24 * 60 + 400)).isEqualTo(7 * 24 * 60 + 360);
  }

  @Test
  void nightIsTwentyTwoToSixInTheFacilityZone() {
    var astana = ZoneId.of("Asia/Almaty");
    // 21:00–21:59 local: day. 21:30–22:10: reaches the night. 05:30–06:30 starts at night.
    assertThat(NightWindow.atNight(at("2026-11-20T16:00:00Z"), at("2026-11-20T16:59:00Z"), astana))
        .isFalse();
    assertThat(NightWindow.atNight(at("2026-11-20T16:30:00Z"), at("2026-11-20T17:10:00Z"), astana))
        .isTrue();
    assertThat(NightWindow.atNight(at("2026-11-20T00:30:00Z"), at("2026-11-20T01:30:00Z"), astana))
        .isTrue();
    // Ending exactly at 22:00 is not at night; 06:00 sharp is day.
    assertThat(NightWindow.atNight(at("2026-11-20T16:00:00Z"), at("2026-11-20T17:00:00Z"), astana))
        .isFalse();
    assertThat(NightWindow.atNight(at("2026-11-20T01:00:00Z"), at("2026-11-20T02:00:00Z"), astana))
        .isFalse();
    // The same instants in London are afternoon and small hours.
    assertThat(
            NightWindow.atNight(
                at("2026-11-20T16:30:00Z"), at("2026-11-20T17:10:00Z"), ZoneId.of("Europe/London")))
        .isFalse();
  }

  static Instant at(String s) {
    return Instant.parse(s);
  }
}
