package org.habeas.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The body map's regions, outlines and numbering (issue 15). */
class BodyMapTest {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+");

  @Test
  void everyRegionIsDrawnAndInsideTheOutline() {
    for (var r : BodyRegion.values()) {
      assertThat(r.front().size() + r.back().size()).as(r.name()).isPositive();
      for (var d : concat(r.front(), r.back())) {
        if (d.contains(" a")) {
          continue; // an ellipse: relative arcs
        }
        var m = NUMBER.matcher(d);
        int i = 0;
        while (m.find()) {
          int v = Integer.parseInt(m.group());
          assertThat(v).as("%s %s", r, d).isBetween(0, i % 2 == 0 ? 200 : 420);
          i++;
        }
      }
    }
  }

  @Test
  void limbsAreMirroredOneSideToTheOther() {
    // Front view faces the viewer: the person's right is on the viewer's left (x < 100).
    assertThat(firstX(BodyRegion.RIGHT_HAND.front().getFirst())).isLessThan(100);
    assertThat(firstX(BodyRegion.LEFT_HAND.front().getFirst())).isGreaterThan(100);
    // From behind it is the other way round.
    assertThat(firstX(BodyRegion.RIGHT_HAND.back().getFirst())).isGreaterThan(100);
    assertThat(BodyRegion.RIGHT_HAND.front()).isEqualTo(BodyRegion.LEFT_HAND.back());
    assertThat(BodyRegion.FACE.back()).isEmpty();
    assertThat(BodyRegion.BUTTOCKS.front()).isEmpty();
  }

  @Test
  void marksAreNumberedInBodyOrderAndTheirRegionsMarked() {
    var map =
        BodyMap.of(
            List.of(
                new InjuryMark(BodyRegion.LEFT_FOOT, InjuryKind.BURN, null, null, null),
                new InjuryMark(
                    BodyRegion.FACE,
                    InjuryKind.BRUISE,
                    new BigDecimal("3.5"),
                    InjuryAge.DAYS_1_3,
                    "oval"),
                new InjuryMark(BodyRegion.FACE, InjuryKind.ABRASION, null, null, null)));
    assertThat(map.legend())
        .extracting(n -> n.mark().region())
        .containsExactly(BodyRegion.FACE, BodyRegion.FACE, BodyRegion.LEFT_FOOT);
    assertThat(map.legend()).extracting(BodyMap.Numbered::number).containsExactly(1, 2, 3);
    var face = map.front().stream().filter(s -> s.region() == BodyRegion.FACE).findFirst();
    assertThat(face).get().extracting(BodyMap.Shape::numbers).isEqualTo("1, 2");
    assertThat(face.get().cssClass()).isEqualTo("region marked kind-bruise");
    assertThat(map.back().stream().filter(BodyMap.Shape::marked))
        .extracting(BodyMap.Shape::region)
        .containsExactly(BodyRegion.LEFT_FOOT);
    assertThat(map.marks(BodyRegion.CHEST)).isFalse();
    assertThat(BodyMap.of(List.of()).empty()).isTrue();
  }

  @Test
  void anInjuryInWordsAloneStaysValidAndHasAnEmptyMap() {
    var old = new InjuryRecorded(java.time.Instant.EPOCH, "bruise on the arm", "Sgt. A");
    assertThat(old.marks()).isNull();
    assertThat(old.bodyMap().empty()).isTrue();
    assertThat(old.photosOrNone()).isEmpty();
  }

  @Test
  void theStaticOutlinesDrawTheSameRegions() throws Exception {
    for (var side : List.of("front", "back")) {
      String svg;
      try (var in = BodyMapTest.class.getResourceAsStream("/static/img/body-" + side + ".svg")) {
        svg = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      for (var r : BodyRegion.values()) {
        for (var d : side.equals("front") ? r.front() : r.back()) {
          assertThat(svg)
              .as("%s %s", side, r)
              .contains("data-region=\"" + r.name() + "\" d=\"" + d);
        }
      }
    }
  }

  private static int firstX(String d) {
    var m = NUMBER.matcher(d);
    m.find();
    return Integer.parseInt(m.group());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    var out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
