package org.habeas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecordSamplerTest {

  private static final List<String> IDS =
      IntStream.range(0, 40).mapToObj(i -> "record-" + i).toList();

  @Test
  void theSameSeedDrawsTheSameRecordsWhateverTheOrderTheyCameIn() {
    var shuffled = new ArrayList<>(IDS);
    Collections.reverse(shuffled);
    var first = RecordSampler.sample(IDS, 5, 42L);
    assertThat(first).hasSize(5).doesNotHaveDuplicates().isSubsetOf(IDS);
    assertThat(RecordSampler.sample(shuffled, 5, 42L)).isEqualTo(first);
    assertThat(RecordSampler.sample(IDS, 5, 43L)).isNotEqualTo(first);
  }

  @Test
  void drawsAllThereAreWhenAskedForMore() {
    assertThat(RecordSampler.sample(List.of("a", "b", "a"), 10, 1L))
        .containsExactlyInAnyOrder("a", "b");
    assertThat(RecordSampler.sample(List.of(), 3, 1L)).isEmpty();
  }
}
