package org.habeas.safeguards;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * Limits and durations as people write them ("48 h (juvenile: 24 h)"), in the words of the
 * generated pages or of the reader's language, so that both say a limit the same way.
 */
public final class LimitText {

  private LimitText() {}

  /** The rule's limit in short, e.g. "48 h (juvenile: 24 h)"; empty when it has none. */
  public static String limit(RuleTerms terms) {
    return limit(terms, ENGLISH);
  }

  /**
   * The words a limit is written in: units, names of variants, "rest in every". English here; the
   * application's pages give the reader's language, so both say a limit the same way.
   */
  public interface Words {

    /** "48 h": {@code n} of a unit, {@code d}, {@code h} or {@code min}. */
    String unit(String unit, long n);

    /** The name of a variant: a condition's code or the type of the starting event. */
    String variant(String key);

    /** "8 h of rest in every 24 h". */
    String restIn(String rest, String period);
  }

  /** The words of the generated pages. */
  public static final Words ENGLISH =
      new Words() {
        @Override
        public String unit(String unit, long n) {
          return n + " " + unit;
        }

        @Override
        public String variant(String key) {
          return Condition.of(key).map(Condition::code).orElse("when started by " + key);
        }

        @Override
        public String restIn(String rest, String period) {
          return rest + " of rest in every " + period;
        }
      };

  /** The rule's limit in short, in the given words; empty when it has none. */
  public static String limit(RuleTerms terms, Words words) {
    for (RecordComponent c : TermWords.components(terms)) {
      Object v = TermWords.value(c, terms);
      if (v instanceof Limit l) {
        return limit(l, words);
      }
    }
    return switch (terms) {
      case RuleTerms.BeforeFirstQuestioning b when b.limit() != null -> duration(b.limit(), words);
      case RuleTerms.NightWindow n -> n.from() + "–" + n.to();
      case RuleTerms.RestPeriod r ->
          words.restIn(duration(r.rest(), words), duration(r.period(), words));
      default -> "";
    };
  }

  /** "48 h", and its variants: "48 h; juvenile: 24 h". */
  public static String limit(Limit limit) {
    return limit(limit, ENGLISH);
  }

  /** "48 h (juvenile: 24 h)", in the given words. */
  public static String limit(Limit limit, Words words) {
    if (limit.variants().isEmpty()) {
      return duration(limit.base(), words);
    }
    return duration(limit.base(), words)
        + " ("
        + limit.variants().entrySet().stream()
            .map(e -> words.variant(e.getKey()) + ": " + duration(e.getValue(), words))
            .sorted()
            .collect(Collectors.joining("; "))
        + ")";
  }

  /** A duration as people write it: "3 h", "48 h", "1 h 30 min", "15 min", "7 d". */
  public static String duration(Duration d) {
    return duration(d, ENGLISH);
  }

  /** A duration in the given words. */
  public static String duration(Duration d, Words words) {
    var parts = new ArrayList<String>();
    long days = d.toDays();
    long minutes = d.toMinutesPart();
    // Two or three days are written in hours by the law itself (48 h, 72 h); longer in days.
    if (days > 3 && d.toHoursPart() == 0 && minutes == 0) {
      parts.add(words.unit("d", days));
    } else {
      long hours = d.toHours();
      if (hours > 0) {
        parts.add(words.unit("h", hours));
      }
      if (minutes > 0 || hours == 0) {
        parts.add(words.unit("min", minutes));
      }
    }
    return String.join(" ", parts);
  }
}
