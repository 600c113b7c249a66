package org.habeas.training;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A joint activity with partner institutions: a workshop, round table, study visit or meeting.
 *
 * @param partners codes of {@link #PARTNERS}
 */
public record JointEvent(
    String id,
    String kind,
    String title,
    LocalDate heldOn,
    @Nullable String location,
    List<String> partners,
    @Nullable String agenda,
    @Nullable String outcomes) {

  public static final List<String> KINDS =
      List.of("workshop", "round-table", "study-visit", "meeting");
  public static final List<String> PARTNERS =
      List.of(
          "supreme-court",
          "prosecutor-general",
          "ministry-of-justice",
          "ministry-of-interior",
          "bar-association",
          "human-rights-commissioner",
          "academies",
          "council-of-europe");

  /** Someone who took part, from the directory or from a partner institution. */
  public record Participant(@Nullable String staffId, String fullName, String institution) {}

  /**
   * A follow-up action agreed at the event.
   *
   * @param recommendationRef a recommendation it serves, as the monitoring module numbers it (free
   *     text until that module resolves it)
   */
  public record FollowUp(
      String action,
      String responsible,
      @Nullable LocalDate dueOn,
      @Nullable String recommendationRef) {}
}
