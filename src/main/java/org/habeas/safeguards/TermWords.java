package org.habeas.safeguards;

import static org.habeas.safeguards.MarkdownText.anchor;
import static org.habeas.safeguards.MarkdownText.inline;
import static org.habeas.safeguards.RuleVocabulary.CONFIDENCE;
import static org.habeas.safeguards.RuleVocabulary.FLAGS;
import static org.habeas.safeguards.RuleVocabulary.ZONES;
import static org.habeas.safeguards.RuleVocabulary.check;
import static org.habeas.safeguards.RuleVocabulary.condition;
import static org.habeas.safeguards.RuleVocabulary.label;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.habeas.safeguards.ProfileDocs.Term;
import org.jspecify.annotations.Nullable;

/**
 * The terms of a rule or of the settings in words. They are read from the records of {@link
 * RuleTerms} and {@link ProfileSettings} component by component, so a term added to the model shows
 * without a change here; the known ones get their words, any other its name and value.
 */
final class TermWords {

  /** The names of the kinds of terms a rule may have, whose own terms are not nested. */
  private static final Set<String> RULE_KINDS =
      Arrays.stream(RuleTerms.class.getPermittedSubclasses())
          .map(Class::getSimpleName)
          .collect(Collectors.toUnmodifiableSet());

  private TermWords() {}

  static List<Term> termsOf(Object r, String kind) {
    var out = new ArrayList<Term>();
    for (RecordComponent c : components(r)) {
      Object v = value(c, r);
      String name = c.getName();
      String text = words(kind, name, v);
      if (text == null) {
        continue;
      }
      out.add(new Term(name, label(kind, name), text));
    }
    return out;
  }

  /** A value in words, or null when it says nothing (absent, false, empty). */
  static @Nullable String words(String kind, String name, @Nullable Object v) {
    switch (kind + "." + name) {
      case "Authority.ranks" -> {
        return v instanceof Collection<?> c && !c.isEmpty() ? joined(c, ", ") : "any rank";
      }
      case "Authority.requires" -> {
        return v instanceof Collection<?> c && !c.isEmpty() ? conditions(v, " and ") : null;
      }
      case "DelayAuthorisation.right" -> {
        return v instanceof Enum<?> e ? "`" + code(e) + "`" : v == null ? "any right" : text(v);
      }
      default -> {}
    }
    if (v == null) {
      return null;
    }
    if (v instanceof Boolean b) {
      if (!b) {
        return null;
      }
      return FLAGS.getOrDefault(name, "yes");
    }
    if (v instanceof Collection<?> c && c.isEmpty()) {
      return name.equals("languagesOfProceedings")
          ? "none named (only an assigned interpreter shows that one is needed)"
          : null;
    }
    if (v instanceof Integer i && i == 0) {
      return null;
    }
    if (v instanceof Authority a && RULE_KINDS.contains(kind)) {
      String text = authority(a);
      return text.startsWith("(") ? text.substring(1, text.length() - 1) : text;
    }
    return switch (name) {
      case "requires" -> v instanceof QuestioningCheck q ? check(q) : text(v);
      case "notFor" -> conditions(v, " or ");
      case "zone" -> ZONES.getOrDefault(String.valueOf(v), text(v));
      case "lateEntryAfter" ->
          "an event recorded more than " + text(v) + " after it happened is marked a late entry";
      case "afterReviews" -> "at least " + v + " detention review(s) must come first";
      case "upTo" -> text(v) + " from the start of the deadline, at most";
      case "before" -> "no later than " + text(v) + " from the start of the deadline";
      case "minBreak" -> "a pause of " + text(v) + " or more; shorter pauses do not break it";
      case "measuredFrom" -> "the limit is counted from " + text(v) + ", not from the start";
      case "right" -> v instanceof Enum<?> e ? "`" + code(e) + "`" : text(v);
      case "extendsRule" -> "[`" + v + "`](#" + anchor(String.valueOf(v)) + ")";
      default -> text(v);
    };
  }

  private static String conditions(Object v, String and) {
    if (v instanceof Collection<?> c) {
      return c.stream()
          .map(x -> x instanceof Condition k ? condition(k) : text(x))
          .sorted()
          .collect(Collectors.joining(and));
    }
    return text(v);
  }

  /** Any value of the model in words. */
  private static String text(@Nullable Object v) {
    return switch (v) {
      case null -> "";
      case Duration d -> LimitText.duration(d);
      case LocalTime t -> t.toString();
      case Limit l -> LimitText.limit(l);
      case EventPattern p -> pattern(p);
      case Condition c -> condition(c);
      case QuestioningCheck q -> check(q);
      case LocalizedText t ->
          inline(t.en())
              + (t.ru().equals(t.en()) ? "" : " (Russian: " + inline(t.ru()) + ")")
              + (t.kk().equals(t.en()) ? "" : " (Kazakh: " + inline(t.kk()) + ")");
      case Confidence c -> Objects.requireNonNull(CONFIDENCE.get(c), c.name());
      case Collection<?> c ->
          c.stream().allMatch(x -> x instanceof EventPattern) ? patterns(c) : joined(c, ", ");
      case Map<?, ?> m ->
          m.entrySet().stream()
              .map(e -> text(e.getKey()) + ": " + text(e.getValue()))
              .sorted()
              .collect(Collectors.joining("; "));
      case Authority a -> authority(a);
      case Record r -> nested(r);
      case Enum<?> e -> "`" + code(e) + "`";
      case String s -> inline(s);
      default -> inline(String.valueOf(v));
    };
  }

  private static String joined(Collection<?> c, String sep) {
    var items =
        c instanceof Set<?>
            ? c.stream().map(TermWords::text).sorted().toList()
            : c.stream().map(TermWords::text).toList();
    return String.join(sep, items);
  }

  /** A nested term (an extension, a waiver, delays) as its own terms, joined. */
  private static String nested(Record r) {
    String kind = r.getClass().getSimpleName();
    var terms = termsOf(r, kind);
    if (terms.isEmpty()) {
      return "yes";
    }
    return terms.stream()
        .map(
            t ->
                Character.toLowerCase(t.label().charAt(0))
                    + t.label().substring(1)
                    + ": "
                    + t.text())
        .collect(Collectors.joining("; "));
  }

  /** "any rank", or "ranks a, b, only in a case where …", with any term added later by name. */
  private static String authority(Authority a) {
    var parts = new ArrayList<String>();
    parts.add(a.ranks().isEmpty() ? "any rank" : "ranks " + joined(a.ranks(), ", "));
    for (var c : components(a)) {
      if (c.getName().equals("ranks")) {
        continue;
      }
      String text = words("Authority", c.getName(), value(c, a));
      if (text != null) {
        parts.add(
            c.getName().equals("requires")
                ? "only in a case where " + text
                : c.getName().equals("notInvolved")
                    ? text
                    : label("Authority", c.getName()).toLowerCase(Locale.ROOT) + ": " + text);
      }
    }
    return parts.size() == 1 ? parts.getFirst() : "(" + String.join("; ", parts) + ")";
  }

  private static String patterns(Collection<?> patterns) {
    var list = patterns.stream().map(p -> pattern((EventPattern) p)).toList();
    if (list.size() == 1) {
      return list.getFirst();
    }
    return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.getLast();
  }

  /**
   * An event pattern: the event's English name and its type as profiles write it, e.g. {@code
   * Prosecutor notified (`ProsecutorNotified`; about: ill-treatment)}.
   */
  public static String pattern(EventPattern p) {
    if (p.relevantTime()) {
      return "the relevant time (see the settings)";
    }
    String where =
        p.where().entrySet().stream()
            .map(w -> w.getKey().code() + ": " + String.join(" or ", w.getValue()))
            .sorted()
            .collect(Collectors.joining(", "));
    String name = EventNames.NAMES.getProperty("custody.event." + p.type());
    boolean named = name != null && !name.replace(" ", "").equalsIgnoreCase(p.type());
    if (named) {
      return name + " (`" + p.type() + "`" + (where.isEmpty() ? "" : "; " + where) + ")";
    }
    return "`" + p.type() + "`" + (where.isEmpty() ? "" : " (" + where + ")");
  }

  /** The English names of the events, as the application shows them; read once. */
  private static final class EventNames {
    static final Properties NAMES = read();

    private static Properties read() {
      var names = new Properties();
      try (var in =
          TermWords.class.getClassLoader().getResourceAsStream("i18n/custody.properties")) {
        if (in != null) {
          names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // Without the names, the types alone.
      }
      return names;
    }
  }

  /** An enum as profiles write it: its {@code code()} if it has one, else its name. */
  static String code(Enum<?> e) {
    try {
      return String.valueOf(e.getClass().getMethod("code").invoke(e));
    } catch (ReflectiveOperationException | RuntimeException x) {
      return e.name().toLowerCase(Locale.ROOT);
    }
  }

  static RecordComponent[] components(Object r) {
    var c = r.getClass().getRecordComponents();
    return c == null ? new RecordComponent[0] : c;
  }

  static @Nullable Object value(RecordComponent c, Object r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  /** "languagesOfProceedings" as "Languages of proceedings". */
  static String humanise(String name) {
    String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
