package org.habeas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecommendationStatusTest {

  @Test
  void movesOnButNeverToItselfNorBackToNotStarted() {
    for (var s : RecommendationStatus.values()) {
      assertThat(s.mayMoveTo(s)).as(s.name()).isFalse();
      assertThat(s.mayMoveTo(RecommendationStatus.NOT_STARTED)).as(s.name()).isFalse();
    }
    assertThat(RecommendationStatus.NOT_STARTED.mayMoveTo(RecommendationStatus.IN_PROGRESS))
        .isTrue();
    assertThat(
            RecommendationStatus.IMPLEMENTED.mayMoveTo(RecommendationStatus.PARTIALLY_IMPLEMENTED))
        .as("a follow-up visit may find an implemented recommendation slipping back")
        .isTrue();
    assertThat(RecommendationStatus.NOT_ACCEPTED.mayMoveTo(RecommendationStatus.IN_PROGRESS))
        .isTrue();
  }

  @Test
  void openWhileTheAgencyStillOwesWork() {
    assertThat(RecommendationStatus.IN_PROGRESS.open()).isTrue();
    assertThat(RecommendationStatus.PARTIALLY_IMPLEMENTED.open()).isTrue();
    assertThat(RecommendationStatus.IMPLEMENTED.open()).isFalse();
    assertThat(RecommendationStatus.NOT_ACCEPTED.open()).isFalse();
  }
}
