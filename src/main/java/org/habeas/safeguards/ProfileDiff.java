package org.habeas.safeguards;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a profile: settings field by field, and each rule added,
 * removed or changed, field by field.
 *
 * @param settings the settings fields that changed
 * @param rules the rules that changed, in the newer version's order, removed ones last
 */
public record ProfileDiff(List<FieldChange> settings, List<RuleChange> rules) {

  /** How a rule changed. */
  public enum Change {
    ADDED,
    REMOVED,
    CHANGED
  }

  /**
   * One field's value before and after; absent on one side when the field only exists on the other.
   *
   * @param field a dotted path, e.g. {@code limit.variants.juvenile} or {@code title.kk}
   */
  public record FieldChange(String field, @Nullable String before, @Nullable String after) {}

  /** One rule's change; for an added or removed rule, every field it has. */
  public record RuleChange(String ruleId, Change change, List<FieldChange> fields) {}

  /** The changes from {@code older} to {@code newer}. */
  public static ProfileDiff between(Profile older, Profile newer) {
    List<RuleChange> rules = new ArrayList<>();
    for (Rule rule : newer.rules()) {
      var before = older.rule(rule.id());
      Map<String, String> after = fields(rule);
      if (before.isEmpty()) {
        rules.add(new RuleChange(rule.id(), Change.ADDED, changes(Map.of(), after)));
      } else {
        List<FieldChange> changed = changes(fields(before.get()), after);
        if (!changed.isEmpty()) {
          rules.add(new RuleChange(rule.id(), Change.CHANGED, changed));
        }
      }
    }
    for (Rule rule : older.rules()) {
      if (newer.rule(rule.id()).isEmpty()) {
        rules.add(new RuleChange(rule.id(), Change.REMOVED, changes(fields(rule), Map.of())));
      }
    }
    List<FieldChange> settings =
        new ArrayList<>(changes(flatten("title", older.title()), flatten("title", newer.title())));
    settings.addAll(changes(flatten("", older.settings()), flatten("", newer.settings())));
    return new ProfileDiff(List.copyOf(settings), List.copyOf(rules));
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return settings.isEmpty() && rules.isEmpty();
  }

  private static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
    Set<String> fields = new LinkedHashSet<>(after.keySet());
    fields.addAll(before.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String f : fields) {
      if (!Objects.equals(before.get(f), after.get(f))) {
        changes.add(new FieldChange(f, before.get(f), after.get(f)));
      }
    }
    return changes;
  }

  /** A rule's fields as profile documents name them; its terms' fields are at the top level. */
  private static Map<String, String> fields(Rule rule) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.putAll(flatten("title", rule.title()));
    fields.put("kind", rule.kind().code());
    rule.when().forEach((c, holds) -> fields.put("when." + c.code(), holds.toString()));
    fields.putAll(flatten("", rule.terms()));
    fields.putAll(flatten("until", rule.until()));
    var basis = rule.basisText();
    if (basis.kk().equals(basis.en()) && basis.ru().equals(basis.en())) {
      fields.put("basis", basis.en());
    } else {
      fields.putAll(flatten("basis", basis));
    }
    fields.put("confidence", rule.confidence().name());
    if (rule.confidenceNote() != null) {
      fields.put("confidenceNote", rule.confidenceNote());
    }
    return fields;
  }

  private static Map<String, String> flatten(String prefix, @Nullable Object value) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten(prefix, value, out);
    return out;
  }

  private static void flatten(String prefix, @Nullable Object value, Map<String, String> out) {
    switch (value) {
      case null -> {}
      case Limit l -> {
        out.put(prefix, l.base().toString());
        l.variants().forEach((k, v) -> out.put(prefix + ".variants." + k, v.toString()));
      }
      case Map<?, ?> m -> m.forEach((k, v) -> flatten(prefix + "." + k, v, out));
      case Collection<?> c when !c.isEmpty() ->
          out.put(prefix, c.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      case Collection<?> c -> {}
      case Record r when !(r instanceof EventPattern) -> {
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
          String name = prefix.isEmpty() ? rc.getName() : prefix + "." + rc.getName();
          flatten(name, read(rc, r), out);
        }
      }
      case Duration d -> out.put(prefix, d.toString());
      case LocalTime t -> out.put(prefix, t.toString());
      default -> out.put(prefix, value.toString());
    }
  }

  private static @Nullable Object read(RecordComponent rc, Record r) {
    try {
      return rc.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
