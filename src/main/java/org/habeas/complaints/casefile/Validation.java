package org.habeas.complaints.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a user typed into an item's values, or refuses it with every field at fault named.
 * Pure: the facts it needs from outside (the current case file, known facilities and doctors,
 * today) are given to it.
 */
public final class Validation {

  /** What validation needs to know beyond the input. */
  public record Context(
      CaseFile file,
      Predicate<String> facilityExists,
      Predicate<String> isDoctor,
      LocalDate today,
      @Nullable UUID correcting) {}

  private Validation() {}

  /** The values of a new revision of a {@code kind} item, or a problem naming each bad field. */
  public static Map<String, Object> check(Kind kind, Map<String, String> raw, Context ctx) {
    var values = new LinkedHashMap<String, Object>();
    var problems = new ArrayList<FieldProblem>();
    for (var f : kind.fields()) {
      var text = raw.get(f.name());
      if (PlainText.refused(text)) {
        problems.add(new FieldProblem(f.name(), PlainText.CODE));
        continue;
      }
      var normalised = PlainText.normalised(text);
      text = normalised == null ? "" : normalised.strip();
      if (text.isEmpty()) {
        if (f.required()) {
          problems.add(new FieldProblem(f.name(), "field.NotBlank"));
        }
        continue;
      }
      var value = parse(f, text, ctx, problems);
      if (value != null) {
        values.put(f.name(), value);
      }
    }
    if (problems.isEmpty()) {
      CrossChecks.check(kind, values, ctx, problems);
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    return values;
  }

  /** A correction or withdrawal must say why. */
  public static String reason(@Nullable String reason) {
    var checked = PlainText.checked("reason", reason);
    var r = checked == null ? "" : checked.strip();
    if (r.isEmpty()) {
      throw Problem.badField("reason", "field.NotBlank");
    }
    if (r.length() > 1000) {
      throw Problem.badField("reason", "field.Size");
    }
    return r;
  }

  private static @Nullable Object parse(
      Field f, String text, Context ctx, List<FieldProblem> problems) {
    var name = f.name();
    switch (f.type()) {
      case TEXT, LONG_TEXT -> {
        if (text.length() > f.maxLength()) {
          problems.add(new FieldProblem(name, "field.Size"));
          return null;
        }
        return text;
      }
      case DATE -> {
        try {
          var date = LocalDate.parse(text);
          if (date.isAfter(ctx.today())) {
            problems.add(new FieldProblem(name, "field.PastOrPresent"));
            return null;
          }
          return date;
        } catch (DateTimeParseException e) {
          problems.add(new FieldProblem(name, "field.wrongType"));
          return null;
        }
      }
      case YES_NO -> {
        if (!text.equals("true") && !text.equals("false")) {
          problems.add(new FieldProblem(name, "field.oneOf", "true, false"));
          return null;
        }
        return Boolean.valueOf(text);
      }
      case CHOICE -> {
        if (!f.options().contains(text)) {
          problems.add(new FieldProblem(name, "field.oneOf", String.join(", ", f.options())));
          return null;
        }
        return text;
      }
      case REF -> {
        var target = Kind.valueOf(Objects.requireNonNull(f.refKind()));
        try {
          var id = UUID.fromString(text);
          if (ctx.file().find(target, id).isEmpty()) {
            problems.add(new FieldProblem(name, "casefile.field.unknownItem"));
            return null;
          }
          return id;
        } catch (IllegalArgumentException e) {
          problems.add(new FieldProblem(name, "casefile.field.unknownItem"));
          return null;
        }
      }
      case DOCTOR -> {
        if (!ctx.isDoctor().test(text)) {
          problems.add(new FieldProblem(name, "casefile.field.notADoctor"));
          return null;
        }
        return text;
      }
      case FACILITY -> {
        if (!ctx.facilityExists().test(text)) {
          problems.add(new FieldProblem(name, "casefile.field.unknownFacility"));
          return null;
        }
        return text;
      }
    }
    return null;
  }
}
