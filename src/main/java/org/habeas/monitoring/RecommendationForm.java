package org.habeas.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.habeas.system.PlainText;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * A recommendation as entered or imported, before it is checked: every field is text as given.
 * {@link #problems} says what is wrong with it, field by field.
 */
public record RecommendationForm(
    @Nullable String source,
    @Nullable String sourceDocument,
    @Nullable String paragraph,
    @Nullable String textEn,
    @Nullable String textRu,
    @Nullable String textKk,
    @Nullable String agency,
    @Nullable String deadline,
    @Nullable String theme,
    @Nullable String affectedGroup,
    @Nullable String sdgTargets,
    @Nullable String facilityId,
    @Nullable String findingId,
    @Nullable String issuedOn) {

  /** The CSV/JSON column names, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "source",
          "sourceDocument",
          "paragraph",
          "textEn",
          "textRu",
          "textKk",
          "agency",
          "deadline",
          "theme",
          "affectedGroup",
          "sdgTargets",
          "facilityId",
          "findingId",
          "issuedOn");

  public static RecommendationForm empty() {
    return new RecommendationForm(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The values as given, in the order of {@link #COLUMNS}. */
  public List<@Nullable String> values() {
    return Arrays.asList(
        source,
        sourceDocument,
        paragraph,
        textEn,
        textRu,
        textKk,
        agency,
        deadline,
        theme,
        affectedGroup,
        sdgTargets,
        facilityId,
        findingId,
        issuedOn);
  }

  /** What is wrong, field by field; empty if it may be issued. */
  public List<FieldProblem> problems(Set<String> facilityIds) {
    var p = new ArrayList<FieldProblem>();
    // A control character (NUL) cannot be stored: named by its field, whichever door it came by.
    var values = values();
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (PlainText.refused(values.get(i))) {
        p.add(new FieldProblem(COLUMNS.get(i), PlainText.CODE));
      }
    }
    if (!p.isEmpty()) {
      return p;
    }
    if (blank(source) || !Vocabulary.SOURCES.contains(source)) {
      p.add(new FieldProblem("source", "monitoring.badSource"));
    }
    if (blank(agency) || !Vocabulary.AGENCIES.contains(agency)) {
      p.add(new FieldProblem("agency", "monitoring.badAgency"));
    }
    if (blank(theme) || !Vocabulary.THEMES.contains(theme)) {
      p.add(new FieldProblem("theme", "monitoring.badTheme"));
    }
    if (!blank(affectedGroup) && !Vocabulary.GROUPS.contains(affectedGroup)) {
      p.add(new FieldProblem("affectedGroup", "monitoring.badGroup"));
    }
    if (sdgTargets != null && !sdgTargets.isBlank() && !Vocabulary.sdgTargets(sdgTargets)) {
      p.add(new FieldProblem("sdgTargets", "monitoring.badSdg"));
    }
    if (blank(textEn) && blank(textRu) && blank(textKk)) {
      p.add(new FieldProblem("textEn", "monitoring.textNeeded"));
    }
    for (var t :
        List.of(entry("textEn", textEn), entry("textRu", textRu), entry("textKk", textKk))) {
      if (t.getValue() != null && t.getValue().strip().length() > 4000) {
        p.add(new FieldProblem(t.getKey(), "field.Size", 0, 4000));
      }
    }
    if (sourceDocument != null && sourceDocument.strip().length() > 300) {
      p.add(new FieldProblem("sourceDocument", "field.Size", 0, 300));
    }
    if (paragraph != null && paragraph.strip().length() > 40) {
      p.add(new FieldProblem("paragraph", "field.Size", 0, 40));
    }
    var issued = date(issuedOn);
    if (blank(issuedOn)) {
      p.add(new FieldProblem("issuedOn", "field.NotNull"));
    } else if (issued == null) {
      p.add(new FieldProblem("issuedOn", "monitoring.badDate"));
    }
    var due = date(deadline);
    if (!blank(deadline) && due == null) {
      p.add(new FieldProblem("deadline", "monitoring.badDate"));
    } else if (due != null && issued != null && due.isBefore(issued)) {
      p.add(new FieldProblem("deadline", "monitoring.deadlineBeforeIssue"));
    }
    if (facilityId != null && !facilityId.isBlank() && !facilityIds.contains(facilityId.strip())) {
      p.add(new FieldProblem("facilityId", "monitoring.unknownFacility"));
    }
    if ("visit".equals(source) && blank(findingId) && blank(facilityId)) {
      p.add(new FieldProblem("findingId", "monitoring.visitNeedsFinding"));
    }
    return p;
  }

  private static Map.Entry<String, @Nullable String> entry(String k, @Nullable String v) {
    return new AbstractMap.SimpleImmutableEntry<>(k, v);
  }

  @Contract("null -> true")
  static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  static @Nullable LocalDate date(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
