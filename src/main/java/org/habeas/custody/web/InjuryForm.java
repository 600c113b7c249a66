package org.habeas.custody.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.habeas.custody.BodyRegion;
import org.habeas.custody.InjuryAge;
import org.habeas.custody.InjuryKind;
import org.habeas.custody.InjuryMark;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The doctor's injury form read into body-map marks, every problem found at once and named by its
 * input: {@code occurredAt}, {@code regions} (at least one), and per region marked {@code
 * kind.REGION} (required), {@code size.REGION} (0.1 to 200 cm), {@code age.REGION}, {@code
 * note.REGION}; {@code description} and {@code account}. Regions come as repeated {@code region}
 * values, from the checkboxes the body map ticks.
 */
final class InjuryForm {

  static final int MAX_TEXT = 10_000;
  static final int MAX_NOTE = 2_000;
  private static final BigDecimal MIN_SIZE = new BigDecimal("0.1");
  private static final BigDecimal MAX_SIZE = new BigDecimal("200");

  /** What the form says, read; {@code problems} empty when it can be recorded. */
  record Read(
      @Nullable Instant occurredAt,
      List<InjuryMark> marks,
      @Nullable String description,
      @Nullable String account,
      List<FieldProblem> problems) {}

  private InjuryForm() {}

  static Read read(List<String> regions, Map<String, String> form, ZoneId zone) {
    var problems = new ArrayList<FieldProblem>();
    var occurredAt = occurredAt(form.get("occurredAt"), zone, problems);
    var chosen = new LinkedHashSet<BodyRegion>();
    for (var code : regions) {
      var region = BodyRegion.of(code.strip());
      if (region.isEmpty()) {
        problems.add(new FieldProblem("regions", "field.wrongType"));
      } else {
        chosen.add(region.get());
      }
    }
    if (chosen.isEmpty() && !problems.stream().anyMatch(p -> p.field().equals("regions"))) {
      problems.add(new FieldProblem("regions", "bodymap.noRegion"));
    }
    var marks = new ArrayList<InjuryMark>();
    // In the order of the body map, whatever order the browser sent them in.
    for (var region : BodyRegion.values()) {
      if (!chosen.contains(region)) {
        continue;
      }
      var r = region.name();
      var kind = enumOf(InjuryKind.class, form.get("kind." + r));
      if (kind.isEmpty()) {
        problems.add(
            new FieldProblem(
                "kind." + r, blank(form.get("kind." + r)) ? "field.NotBlank" : "field.wrongType"));
      }
      var size = size(form.get("size." + r), "size." + r, problems);
      var ageText = form.get("age." + r);
      var age = enumOf(InjuryAge.class, ageText);
      if (age.isEmpty() && !blank(ageText)) {
        problems.add(new FieldProblem("age." + r, "field.wrongType"));
      }
      var note = text(form.get("note." + r), "note." + r, MAX_NOTE, problems);
      kind.ifPresent(k -> marks.add(new InjuryMark(region, k, size, age.orElse(null), note)));
    }
    var description = text(form.get("description"), "description", MAX_TEXT, problems);
    var account = text(form.get("account"), "account", MAX_TEXT, problems);
    return new Read(occurredAt, List.copyOf(marks), description, account, List.copyOf(problems));
  }

  private static @Nullable Instant occurredAt(
      @Nullable String raw, ZoneId zone, List<FieldProblem> problems) {
    if (blank(raw)) {
      problems.add(new FieldProblem("occurredAt", "field.NotBlank"));
      return null;
    }
    try {
      return LocalDateTime.parse(raw.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem("occurredAt", "field.wrongType"));
      return null;
    }
  }

  private static @Nullable BigDecimal size(
      @Nullable String raw, String field, List<FieldProblem> problems) {
    if (blank(raw)) {
      return null;
    }
    try {
      var size = new BigDecimal(raw.strip().replace(',', '.'));
      if (size.compareTo(MIN_SIZE) < 0 || size.compareTo(MAX_SIZE) > 0) {
        problems.add(new FieldProblem(field, "bodymap.sizeRange", MIN_SIZE, MAX_SIZE));
        return null;
      }
      return size.stripTrailingZeros().scale() < 0 ? size.setScale(0) : size.stripTrailingZeros();
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "bodymap.sizeRange", MIN_SIZE, MAX_SIZE));
      return null;
    }
  }

  private static @Nullable String text(
      @Nullable String raw, String field, int max, List<FieldProblem> problems) {
    if (blank(raw)) {
      return null;
    }
    var text = raw.strip();
    if (text.length() > max) {
      problems.add(new FieldProblem(field, "field.Size", 0, max));
    }
    return text;
  }

  private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, @Nullable String raw) {
    if (blank(raw)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, raw.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
