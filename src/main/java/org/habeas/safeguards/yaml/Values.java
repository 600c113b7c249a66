package org.habeas.safeguards.yaml;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.habeas.safeguards.LocalizedText;
import org.habeas.safeguards.ProfileProblem;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads single values, reporting what is wrong and giving null instead; the raw text of each scalar
 * is read, never YAML 1.1's guesses ({@code 22:00} is not the number 1320 here).
 */
final class Values {

  private Values() {}

  static @Nullable String text(@Nullable Node n, String path, Problems p) {
    if (n == null) {
      return null;
    }
    if (!(n instanceof ScalarNode s)) {
      p.add(n, path, ProfileProblem.EXPECTED_TEXT, path);
      return null;
    }
    if (s.getValue().isBlank()) {
      p.add(n, path, ProfileProblem.EMPTY, path);
      return null;
    }
    return s.getValue().trim();
  }

  static @Nullable Duration duration(@Nullable Node n, String path, Problems p) {
    String text = text(n, path, p);
    if (text == null || n == null) {
      return null;
    }
    try {
      Duration d = Duration.parse(text);
      if (d.isNegative() || d.isZero()) {
        p.add(n, path, ProfileProblem.NOT_POSITIVE, path);
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      p.add(n, path, ProfileProblem.BAD_DURATION, text);
      return null;
    }
  }

  static @Nullable LocalTime time(@Nullable Node n, String path, Problems p) {
    String text = text(n, path, p);
    if (text == null || n == null) {
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      p.add(n, path, ProfileProblem.BAD_TIME, text);
      return null;
    }
  }

  /** A flag; absent, it is {@code orElse}. */
  static boolean bool(@Nullable Node n, String path, Problems p, boolean orElse) {
    String text = text(n, path, p);
    if (text == null || n == null) {
      return orElse;
    }
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        p.add(n, path, ProfileProblem.BAD_BOOLEAN, text);
        yield orElse;
      }
    };
  }

  static @Nullable Integer number(@Nullable Node n, String path, Problems p, int min) {
    String text = text(n, path, p);
    if (text == null || n == null) {
      return null;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, as for a number too small
    }
    p.add(n, path, ProfileProblem.BAD_NUMBER, text, min);
    return null;
  }

  /** The items of a list; a single value stands for a list of one, as in {@code from: X}. */
  static List<Node> items(@Nullable Node n) {
    if (n == null) {
      return List.of();
    }
    return n instanceof SequenceNode s ? s.getValue() : List.of(n);
  }

  /** A list of texts, e.g. ranks. */
  static List<String> texts(@Nullable Node n, String path, Problems p) {
    List<String> texts = new ArrayList<>();
    List<Node> items = items(n);
    for (int i = 0; i < items.size(); i++) {
      String t = text(items.get(i), path + "[" + i + "]", p);
      if (t != null) {
        texts.add(t);
      }
    }
    return List.copyOf(texts);
  }

  /** One text for every language, or a text in kk, ru and en (each then required). */
  static @Nullable LocalizedText localizedOrText(@Nullable Node n, String path, Problems p) {
    if (n instanceof ScalarNode) {
      String text = text(n, path, p);
      return text == null ? null : new LocalizedText(text, text, text);
    }
    return localized(n, path, p);
  }

  /** A text in kk, ru and en, each required. */
  static @Nullable LocalizedText localized(@Nullable Node n, String path, Problems p) {
    if (n == null) {
      return null;
    }
    Section s = Section.of(n, path, p);
    String kk = language(s, "kk");
    String ru = language(s, "ru");
    String en = language(s, "en");
    s.rejectOthers(List.of("kk", "ru", "en"));
    return kk == null || ru == null || en == null ? null : new LocalizedText(kk, ru, en);
  }

  private static @Nullable String language(Section s, String language) {
    Node n = s.get(language);
    if (n == null) {
      if (s.node instanceof MappingNode) {
        s.problems.add(s.node, s.at(language), ProfileProblem.MISSING_LANGUAGE, s.path, language);
      }
      return null;
    }
    return text(n, s.at(language), s.problems);
  }

  /** A code in lower case, as language codes are compared. */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
