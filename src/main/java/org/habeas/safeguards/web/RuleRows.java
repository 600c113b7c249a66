package org.habeas.safeguards.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.habeas.safeguards.EventPattern;
import org.habeas.safeguards.LimitText;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A profile's rules in the reader's language, as the profile page's table shows them: limits and
 * durations as people write them, when each applies and what ends it.
 */
@Component
class RuleRows {

  /** A rule as the rules table shows it. */
  record RuleRow(
      String id,
      String title,
      String kind,
      String limit,
      String ends,
      String basis,
      String confidence,
      @Nullable String confidenceNote,
      boolean unconfirmed,
      List<String> applies) {}

  private final MessageSource messages;

  RuleRows(MessageSource messages) {
    this.messages = messages;
  }

  /** The rule as the rules table shows it. */
  RuleRow row(Rule r, Locale locale) {
    return new RuleRow(
        r.id(),
        r.title(locale),
        r.kind().code(),
        limit(r.terms(), locale),
        ends(r, locale),
        r.basis(locale),
        r.confidence().name(),
        r.confidenceNote(),
        r.unconfirmed(),
        applies(r, locale));
  }

  /** When the rule applies, if not always: "Only when: the person is a juvenile". */
  private List<String> applies(Rule r, Locale locale) {
    return r.when().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                messages.getMessage(
                    e.getValue() ? "safeguards.applies.only" : "safeguards.applies.not",
                    new Object[] {
                      messages.getMessage(
                          "safeguards.condition." + e.getKey().code(),
                          null,
                          e.getKey().code(),
                          locale)
                    },
                    locale))
        .toList();
  }

  /** The rule's limit as people write it, e.g. "48 h (juvenile: 24 h)", as the rule pages do. */
  private String limit(RuleTerms terms, Locale locale) {
    if (terms instanceof RuleTerms.Deadline d && d.courtDays()) {
      return messages.getMessage(
          "admin.profiles.courtDays", new Object[] {d.limit().base().toDays()}, locale);
    }
    return LimitText.limit(terms, words(locale));
  }

  /**
   * What ends the rule ({@code until}) and its delays ({@code delays.until}), e.g. "ends at:
   * Charged"; empty when nothing does.
   */
  private String ends(Rule r, Locale locale) {
    var parts = new ArrayList<String>();
    if (!r.until().isEmpty()) {
      parts.add(
          messages.getMessage(
              "admin.profiles.until", new Object[] {events(r.until(), locale)}, locale));
    }
    if (r.terms() instanceof RuleTerms.Deadline d
        && d.delays() != null
        && !d.delays().until().isEmpty()) {
      parts.add(
          messages.getMessage(
              "admin.profiles.delaysUntil",
              new Object[] {events(d.delays().until(), locale)},
              locale));
    }
    return String.join("; ", parts);
  }

  /** Event patterns by their events' names, e.g. "Charged (bail: refused)". */
  private String events(List<EventPattern> patterns, Locale locale) {
    return patterns.stream()
        .map(
            p -> {
              var name = messages.getMessage("custody.event." + p.type(), null, p.type(), locale);
              if (p.where().isEmpty()) {
                return name;
              }
              return p.where().entrySet().stream()
                  .map(w -> w.getKey() + ": " + String.join(" | ", w.getValue()))
                  .collect(Collectors.joining(", ", name + " (", ")"));
            })
        .collect(Collectors.joining(", "));
  }

  /** A duration as people write it: "3 h", "48 h", "1 h 30 min", "15 min", "7 d". */
  String duration(Duration d, Locale locale) {
    return LimitText.duration(d, words(locale));
  }

  /** The words of {@link LimitText} in the reader's language. */
  private LimitText.Words words(Locale locale) {
    return new LimitText.Words() {
      @Override
      public String unit(String unit, long n) {
        return RuleRows.this.unit(unit, n, locale);
      }

      @Override
      public String variant(String key) {
        return Objects.requireNonNullElse(
            messages.getMessage("admin.profiles.variant." + key, null, key, locale), key);
      }

      @Override
      public String restIn(String rest, String period) {
        return messages.getMessage("admin.profiles.restIn", new Object[] {rest, period}, locale);
      }
    };
  }

  private String unit(String unit, long n, Locale locale) {
    return messages.getMessage("admin.profiles.unit." + unit, new Object[] {n}, locale);
  }
}
