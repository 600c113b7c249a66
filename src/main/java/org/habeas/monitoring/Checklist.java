package org.habeas.monitoring;

import java.util.List;
import java.util.Optional;

/**
 * The visit checklist, after the CPT standards: sections of items, each answered yes, no, partly or
 * not seen with a note. Labels are messages {@code monitoring.check.<item>} and {@code
 * monitoring.section.<section>}.
 */
public final class Checklist {

  /** An answer to one item. */
  public enum Answer {
    YES,
    NO,
    PARTLY,
    NOT_SEEN
  }

  /** One section and its items' ids, in order. */
  public record Section(String id, List<String> items) {}

  public static final List<Section> SECTIONS =
      List.of(
          new Section(
              "register",
              List.of("register.kept", "register.complete", "register.matches", "register.times")),
          new Section(
              "safeguards", List.of("safeguards.lawyer", "safeguards.doctor", "safeguards.notice")),
          new Section("rights", List.of("rights.explained", "rights.leaflet", "rights.language")),
          new Section(
              "questioning",
              List.of("questioning.recorded", "questioning.rooms", "questioning.video")),
          new Section(
              "conditions",
              List.of(
                  "conditions.space",
                  "conditions.light",
                  "conditions.ventilation",
                  "conditions.sanitation",
                  "conditions.food")),
          new Section("medical", List.of("medical.exam", "medical.injuries", "medical.access")),
          new Section("force", List.of("force.register", "force.restraints", "force.injuries")),
          new Section("complaints", List.of("complaints.procedure", "complaints.confidential")),
          new Section("staff", List.of("staff.numbers", "staff.training", "staff.identifiable")));

  private Checklist() {}

  public static Optional<Section> section(String id) {
    return SECTIONS.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public static boolean isItem(String item) {
    return SECTIONS.stream().anyMatch(s -> s.items().contains(item));
  }

  public static int itemCount() {
    return SECTIONS.stream().mapToInt(s -> s.items().size()).sum();
  }
}
