package org.habeas.safeguards;

import static org.habeas.safeguards.MarkdownText.anchor;
import static org.habeas.safeguards.MarkdownText.cell;
import static org.habeas.safeguards.MarkdownText.inline;
import static org.habeas.safeguards.TermWords.components;
import static org.habeas.safeguards.TermWords.humanise;
import static org.habeas.safeguards.TermWords.value;
import static org.habeas.safeguards.TermWords.words;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A profile in words, for a lawyer who should not have to read YAML: one Markdown page per profile
 * with every rule's title, kind, when it applies, what starts and meets it, its limits, variants,
 * extensions, delays and waivers, its basis and its confidence.
 *
 * <p>Pure: the page is a function of the profile (and of its document, whose comments say why a
 * rule reads as it does). The terms are put in words by {@link TermWords}, limits by {@link
 * LimitText}.
 *
 * <p>The shipped pages are {@code docs/rules/<id>.md}; {@code ./habeas docs} writes them afresh.
 */
public final class ProfileDocs {

  private ProfileDocs() {}

  /** One term of a rule or of the settings, in words: e.g. "Limit" and "48 h". */
  public record Term(String name, String label, String text) {}

  /**
   * The page of a profile, in Markdown.
   *
   * @param document the profile's YAML, whose comments are kept as notes; null for none
   */
  public static String markdown(Profile profile, @Nullable String document) {
    var comments = document == null ? ProfileComments.NONE : ProfileComments.of(document);
    var out = new StringBuilder();
    out.append("# ")
        .append(profile.title().en())
        .append(" (`")
        .append(profile.id())
        .append("`, version ")
        .append(profile.version())
        .append(")\n\n");
    out.append("<!-- Generated from src/main/resources/safeguards/profiles/")
        .append(profile.id())
        .append(".yaml by ProfileDocs: do not edit; run ./habeas docs -->\n\n");
    out.append("- Russian: ").append(inline(profile.title().ru())).append('\n');
    out.append("- Kazakh: ").append(inline(profile.title().kk())).append("\n\n");
    for (String note : comments.header()) {
      out.append("> ").append(inline(note)).append('\n');
    }
    if (!comments.header().isEmpty()) {
      out.append('\n');
    }
    out.append(
        "Each rule below is judged by the engine against every custody record under this profile."
            + " A rule of confidence L is shown as *unconfirmed* wherever it appears. Times are"
            + " durations from the event named; \"h\" is hours, \"min\" minutes, \"d\" days.\n\n");

    out.append("## Settings\n\n");
    for (Term t : settings(profile.settings())) {
      out.append("- **").append(t.label()).append(":** ").append(t.text()).append('\n');
    }
    notes(out, comments.settings());
    out.append('\n');

    out.append("## Rules\n\n");
    out.append("| Rule | Title | Kind | Limit | Confidence |\n|---|---|---|---|---|\n");
    for (Rule r : profile.rules()) {
      out.append("| [`")
          .append(r.id())
          .append("`](#")
          .append(anchor(r.id()))
          .append(") | ")
          .append(cell(r.title().en()))
          .append(" | ")
          .append(cell(r.kind().code()))
          .append(" | ")
          .append(cell(LimitText.limit(r.terms())))
          .append(" | ")
          .append(r.confidence().name())
          .append(r.unconfirmed() ? " (unconfirmed)" : "")
          .append(" |\n");
    }
    out.append('\n');
    for (Rule r : profile.rules()) {
      rule(out, r, comments.rule(r.id()));
    }
    // Anything a profile holds beyond its settings and rules (another list of rules, a setting
    // outside the settings), by its name.
    for (RecordComponent c : components(profile)) {
      if (PROFILE_PARTS.contains(c.getName())) {
        continue;
      }
      Object v = value(c, profile);
      if (v instanceof Collection<?> list
          && !list.isEmpty()
          && list.stream().allMatch(x -> x instanceof Rule)) {
        out.append("## ").append(humanise(c.getName())).append("\n\n");
        for (Object x : list) {
          Rule r = (Rule) x;
          rule(out, r, comments.rule(r.id()));
        }
      } else {
        String text = words("Profile", c.getName(), v);
        if (text != null) {
          out.append("## ")
              .append(RuleVocabulary.label("Profile", c.getName()))
              .append("\n\n")
              .append(text)
              .append("\n\n");
        }
      }
    }
    return out.toString();
  }

  /** The parts of a profile every page shows in its own way. */
  private static final Set<String> PROFILE_PARTS =
      Set.of("id", "version", "title", "settings", "rules");

  /** The parts of a rule every page shows in its own way. */
  private static final Set<String> RULE_PARTS =
      Set.of("id", "title", "when", "terms", "basisText", "confidence", "confidenceNote");

  /** The index of the pages: one line per profile. */
  public static String index(List<Profile> profiles) {
    var out = new StringBuilder();
    out.append("# Safeguards rules, profile by profile\n\n");
    out.append(
        "<!-- Generated from src/main/resources/safeguards/profiles/ by ProfileDocs: do not edit;"
            + " run ./habeas docs -->\n\n");
    out.append(
        "Every custody record is judged under the profile of its jurisdiction in force at its"
            + " apprehension. These pages say, for each shipped profile, every rule with its legal"
            + " basis, its limits and how sure Habeas is of it, written from the profiles"
            + " themselves so that a lawyer can review them without reading YAML. An administrator"
            + " may upload newer versions in the application (`/safeguards/profiles`); these pages"
            + " describe the versions shipped with Habeas.\n\n");
    out.append("| Profile | Title | Rules | Unconfirmed (L) |\n|---|---|---|---|\n");
    for (Profile p : profiles) {
      out.append("| [`")
          .append(p.id())
          .append("`](")
          .append(p.id())
          .append(".md) | ")
          .append(cell(p.title().en()))
          .append(" | ")
          .append(p.rules().size())
          .append(" | ")
          .append(p.rules().stream().filter(Rule::unconfirmed).count())
          .append(" |\n");
    }
    out.append(
        "\nConfidence: **H** read in the law or an official text; **M** secondary sources agree;"
            + " **L** a lead only, to be confirmed against the official text before a real"
            + " deployment.\n");
    return out.toString();
  }

  private static void rule(StringBuilder out, Rule r, List<String> notes) {
    out.append("### ").append(r.id()).append("\n\n");
    out.append("**").append(inline(r.title().en())).append("**\n\n");
    out.append("- Russian: ").append(inline(r.title().ru())).append('\n');
    out.append("- Kazakh: ").append(inline(r.title().kk())).append('\n');
    out.append("- **Kind:** ").append(RuleVocabulary.kind(r.kind())).append('\n');
    out.append("- **Applies:** ").append(RuleVocabulary.when(r.when())).append('\n');
    for (Term t : terms(r.terms())) {
      out.append("- **").append(t.label()).append(":** ").append(t.text()).append('\n');
    }
    // Any term a rule holds outside its kind's terms, by its name.
    for (Term t : TermWords.termsOf(r, "Rule")) {
      if (!RULE_PARTS.contains(t.name())) {
        out.append("- **").append(t.label()).append(":** ").append(t.text()).append('\n');
      }
    }
    out.append("- **Basis:** ").append(inline(r.basisText().en())).append('\n');
    if (!r.basisText().ru().equals(r.basisText().en())) {
      out.append("  - Russian: ").append(inline(r.basisText().ru())).append('\n');
    }
    if (!r.basisText().kk().equals(r.basisText().en())) {
      out.append("  - Kazakh: ").append(inline(r.basisText().kk())).append('\n');
    }
    out.append("- **Confidence:** ").append(RuleVocabulary.CONFIDENCE.get(r.confidence()));
    if (r.confidenceNote() != null) {
      out.append(" (").append(inline(r.confidenceNote())).append(')');
    }
    out.append('\n');
    notes(out, notes);
    out.append('\n');
  }

  private static void notes(StringBuilder out, List<String> notes) {
    if (notes.isEmpty()) {
      return;
    }
    out.append("- **Notes in the profile:**\n");
    for (String n : notes) {
      out.append("  - ").append(inline(n)).append('\n');
    }
  }

  /** Every term of a rule, in words, in the order the model gives them. */
  public static List<Term> terms(RuleTerms terms) {
    return TermWords.termsOf(terms, terms.getClass().getSimpleName());
  }

  /** Every setting of a profile, in words. */
  public static List<Term> settings(ProfileSettings settings) {
    return TermWords.termsOf(settings, "ProfileSettings");
  }
}
