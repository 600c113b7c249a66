package org.habeas.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Training coverage: per facility and per team, the share of staff trained in each subject, set
 * beside the facility's safeguard compliance and complaints. Pure: the figures in, the table out.
 */
public final class CoverageMaths {

  private CoverageMaths() {}

  /** A share of people: trained of total. */
  public record Share(int trained, int total) {
    /** In whole per cent, or null when there is nobody to count. */
    public @Nullable Long percent() {
      return total == 0 ? null : Math.round(100.0 * trained / total);
    }
  }

  /** Whom coverage counts: a person, where they work, and in which team. */
  public record Member(String staffId, @Nullable String facilityId, @Nullable String team) {}

  /**
   * One facility (team null) or one team within it.
   *
   * @param bySubject the share trained per subject, in {@link Course#SUBJECTS} order
   * @param any the share trained in at least one subject
   * @param compliance the share of obligations met on time in the period, 0 to 100, or null
   * @param complaints complaints in the period, or null when not available
   */
  public record Row(
      String facilityId,
      @Nullable String team,
      int staff,
      Map<String, Share> bySubject,
      Share any,
      @Nullable Long compliance,
      @Nullable Long complaints) {}

  /**
   * The rows per facility, each followed by its teams (when it has more than the unnamed one).
   *
   * @param trained the subjects each person has completed a course in
   * @param compliance per facility, the share met on time (0 to 1)
   * @param complaints per facility, or null when no count is available at all
   */
  public static List<Row> rows(
      Collection<Member> staff,
      Map<String, Set<String>> trained,
      Map<String, Double> compliance,
      @Nullable Map<String, Long> complaints) {
    Map<String, List<Member>> byFacility = new TreeMap<>();
    for (var m : staff) {
      if (m.facilityId() != null) {
        byFacility.computeIfAbsent(m.facilityId(), f -> new ArrayList<>()).add(m);
      }
    }
    var rows = new ArrayList<Row>();
    byFacility.forEach(
        (facility, members) -> {
          var share = compliance.get(facility);
          var percent = share == null ? null : Math.round(share * 100);
          var count = complaints == null ? null : complaints.getOrDefault(facility, 0L);
          rows.add(row(facility, null, members, trained, percent, count));
          Map<String, List<Member>> teams = new TreeMap<>();
          members.stream()
              .filter(m -> m.team() != null)
              .forEach(m -> teams.computeIfAbsent(m.team(), t -> new ArrayList<>()).add(m));
          if (teams.size() > 1
              || (teams.size() == 1 && teams.values().iterator().next().size() < members.size())) {
            teams.forEach((team, ms) -> rows.add(row(facility, team, ms, trained, null, null)));
          }
        });
    return rows;
  }

  private static Row row(
      String facility,
      @Nullable String team,
      List<Member> members,
      Map<String, Set<String>> trained,
      @Nullable Long compliance,
      @Nullable Long complaints) {
    var bySubject = new LinkedHashMap<String, Share>();
    for (var subject : Course.SUBJECTS) {
      int n =
          (int)
              members.stream()
                  .filter(m -> trained.getOrDefault(m.staffId(), Set.of()).contains(subject))
                  .count();
      bySubject.put(subject, new Share(n, members.size()));
    }
    int any =
        (int)
            members.stream()
                .filter(m -> !trained.getOrDefault(m.staffId(), Set.of()).isEmpty())
                .count();
    return new Row(
        facility,
        team,
        members.size(),
        bySubject,
        new Share(any, members.size()),
        compliance,
        complaints);
  }

  /** Met on time over all that fell due: the facility's compliance over every rule, or null. */
  public static @Nullable Double overall(int met, int late, int breached) {
    int due = met + late + breached;
    return due == 0 ? null : (double) met / due;
  }
}
