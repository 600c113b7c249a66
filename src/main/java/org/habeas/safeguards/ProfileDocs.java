package org.habeas.safeguards;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A profile in words, for a lawyer who should not have to read YAML: one Markdown page per profile
 * with every rule's title, kind, when it applies, what starts and meets it, its limits, variants,
 * extensions, delays and waivers, its basis and its confidence.
 *
 * <p>Pure: the page is a function of the profile (and of its document, whose comments say why a
 * rule reads as it does). Terms are rendered from the records of {@link RuleTerms} and {@link
 * ProfileSettings} component by component, so a term added to the model shows without a change
 * here; the known ones get their words, any other its name and value.
 *
 * <p>The shipped pages are {@code docs/rules/<id>.md}; {@code ./habeas docs} writes them afresh.
 */
public final class ProfileDocs {

  /** The English words of a kind of rule, by its code. */
  private static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry(
              "deadline",
              "Deadline: a clock starts at an event, and another event must meet it within the"
                  + " limit"),
          Map.entry(
              "absolute-max", "Absolute maximum: like a deadline, but no extension can move it"),
          Map.entry(
              "before-first-questioning",
              "Before the first questioning: it must happen before anyone questions the person"
                  + " (and within the limit, if there is one)"),
          Map.entry(
              "every-questioning",
              "At every questioning: each questioning must pass the check, unless a valid waiver"
                  + " came before it"),
          Map.entry(
              "continuous-max",
              "Continuous questioning: no questioning lasts longer than the limit without a long"
                  + " enough break"),
          Map.entry(
              "per-day-total",
              "Questioning per day: questioning in one calendar day of the facility stays within"
                  + " the total"),
          Map.entry(
              "night-window", "Night: no questioning in the night window of the facility's time"),
          Map.entry(
              "periodic",
              "Periodic checks: a chain of checks, each due within the limit of the last"),
          Map.entry(
              "rest-period",
              "Rest: in each period of custody, an uninterrupted rest of at least the given"
                  + " length"),
          Map.entry(
              "extension",
              "Extension: judges each extension of another rule's deadline (who granted it,"
                  + " when, how far)"),
          Map.entry(
              "delay-authorisation",
              "Delay of a right: judges who authorised a delay of a right, and why"));

  /** The English words of a condition, by its code, as in "applies only when …". */
  private static final Map<String, String> CONDITIONS =
      Map.of(
          "juvenile",
          "the person is a juvenile (under 18 on the day of apprehension)",
          "foreignNational",
          "the person is a foreign national",
          "indictable",
          "the offence is indictable",
          "interpreterNeeded",
          "the person needs an interpreter",
          "intoxicated",
          "the person is intoxicated (as the last cell visit found)",
          "consularChoiceRecorded",
          "the foreign national’s wish about the consulate is recorded");

  /** The English words of a questioning check, by its code. */
  private static final Map<String, String> CHECKS =
      Map.of(
          "lawyerPresent", "a lawyer present",
          "legalRepresentativePresent", "a legal representative or appropriate adult present",
          "interpreterPresent", "an interpreter present",
          "videoRecorded", "a video recording that covers it");

  /** Confidence in words, as the application shows it. */
  private static final Map<Confidence, String> CONFIDENCE =
      Map.of(
          Confidence.H, "H — read in the law or an official text",
          Confidence.M, "M — secondary sources agree",
          Confidence.L, "L — unconfirmed lead, to be checked against the official text");

  /**
   * Labels of the terms, by the name of the record component; {@code Kind.component} where a name
   * means different things in different kinds.
   */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("from", "Starts at"),
          Map.entry("NightWindow.from", "Night from"),
          Map.entry("NightWindow.to", "Night until"),
          Map.entry("Periodic.from", "Chain starts (again) at"),
          Map.entry("RestPeriod.from", "Periods counted from"),
          Map.entry("RelevantTime.from", "Starts at the first of"),
          Map.entry("each", "Each start"),
          Map.entry("metBy", "Met by"),
          Map.entry("limit", "Limit"),
          Map.entry("measuredFrom", "Limit counted from"),
          Map.entry("extension", "Extension"),
          Map.entry("delays", "Delays"),
          Map.entry("survivesRelease", "After release"),
          Map.entry("clock", "Custody clock"),
          Map.entry("requires", "Every questioning must have"),
          Map.entry("waiver", "Waiver"),
          Map.entry("minBreak", "Break"),
          Map.entry("urgencyWaives", "Urgency"),
          Map.entry("pausedBy", "Paused by"),
          Map.entry("period", "In every"),
          Map.entry("rest", "Rest of at least"),
          Map.entry("interruptedBy", "Rest interrupted by"),
          Map.entry("extendsRule", "Extends the rule"),
          Map.entry("right", "Of the right"),
          Map.entry("by", "Who may"),
          Map.entry("Waiver.by", "A valid waiver is"),
          Map.entry("notFor", "Never valid when"),
          Map.entry("revokedBy", "Taken back by"),
          Map.entry("ranks", "Ranks"),
          Map.entry("Authority.requires", "Only in a case where"),
          Map.entry("notInvolved", "Not involved"),
          Map.entry("upTo", "Up to"),
          Map.entry("before", "Granted before"),
          Map.entry("afterReviews", "After reviews"),
          Map.entry("zone", "Night and day are counted in"),
          Map.entry("languagesOfProceedings", "Languages of the proceedings"),
          Map.entry("lateEntryAfter", "Late entry"),
          Map.entry("relevantTime", "Relevant time"),
          Map.entry("atLatest", "At the latest"),
          Map.entry("openTooLong", "Open too long"),
          Map.entry("OpenTooLong.limit", "No record open longer than"),
          Map.entry("RegistrationLimit.basisText", "basis"),
          Map.entry("basis", "Basis"),
          Map.entry("confidence", "Confidence"));

  /** Flags that say something only when set, in words. */
  private static final Map<String, String> FLAGS =
      Map.of(
          "each", "every matching event starts its own obligation",
          "survivesRelease", "the duty remains after the person is released",
          "clock", "this is the detention limit the custody clock counts down to",
          "urgencyWaives", "a recorded reason of urgency makes questioning at night lawful",
          "notInvolved", "the one who authorises must not have questioned the person");

  /** The zone handling in words. */
  private static final Map<String, String> ZONES =
      Map.of(
          "event-facility",
          "the zone of the facility where each event happened (a transfer changes it)",
          "apprehension-facility",
          "the zone of the facility of apprehension, for the whole record");

  /** The names of the kinds of terms a rule may have, whose own terms are not nested. */
  private static final Set<String> RULE_KINDS =
      java.util.Arrays.stream(RuleTerms.class.getPermittedSubclasses())
          .map(Class::getSimpleName)
          .collect(Collectors.toUnmodifiableSet());

  private ProfileDocs() {}

  /** One term of a rule or of the settings, in words: e.g. "Limit" and "48 h". */
  public record Term(String name, String label, String text) {}

  /**
   * The page of a profile, in Markdown.
   *
   * @param document the profile's YAML, whose comments are kept as notes; null for none
   */
  public static String markdown(Profile profile, @Nullable String document) {
    var comments = document == null ? Comments.NONE : Comments.of(document);
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
          .append(cell(limit(r.terms())))
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
              .append(label("Profile", c.getName()))
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
    out.append("- **Kind:** ").append(kind(r.kind())).append('\n');
    out.append("- **Applies:** ").append(when(r.when())).append('\n');
    for (Term t : terms(r.terms())) {
      out.append("- **").append(t.label()).append(":** ").append(t.text()).append('\n');
    }
    // Any term a rule holds outside its kind's terms, by its name.
    for (Term t : termsOf(r, "Rule")) {
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
    out.append("- **Confidence:** ").append(CONFIDENCE.get(r.confidence()));
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

  /** The kind of rule in words. */
  public static String kind(RuleKind kind) {
    return KINDS.getOrDefault(kind.code(), kind.code());
  }

  /** When a rule applies, in words: "always", or "only when …". */
  public static String when(Map<Condition, Boolean> when) {
    if (when.isEmpty()) {
      return "always";
    }
    var parts = new ArrayList<String>();
    when.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> parts.add((e.getValue() ? "only when " : "not when ") + condition(e.getKey())));
    return String.join("; and ", parts);
  }

  private static String condition(Condition c) {
    return CONDITIONS.getOrDefault(c.code(), "`" + c.code() + "`");
  }

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
    for (RecordComponent c : components(terms)) {
      Object v = value(c, terms);
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

  /** Every term of a rule, in words, in the order the model gives them. */
  public static List<Term> terms(RuleTerms terms) {
    return termsOf(terms, terms.getClass().getSimpleName());
  }

  /** Every setting of a profile, in words. */
  public static List<Term> settings(ProfileSettings settings) {
    return termsOf(settings, "ProfileSettings");
  }

  private static List<Term> termsOf(Object r, String kind) {
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

  private static String label(String kind, String name) {
    String known = LABELS.get(kind + "." + name);
    if (known == null) {
      known = LABELS.get(name);
    }
    return known != null ? known : humanise(name);
  }

  /** A value in words, or null when it says nothing (absent, false, empty). */
  private static @Nullable String words(String kind, String name, @Nullable Object v) {
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

  private static String check(QuestioningCheck q) {
    return CHECKS.getOrDefault(q.code(), "`" + q.code() + "`");
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
      case Duration d -> duration(d);
      case LocalTime t -> t.toString();
      case Limit l -> limit(l);
      case EventPattern p -> pattern(p);
      case Condition c -> condition(c);
      case QuestioningCheck q -> check(q);
      case LocalizedText t ->
          inline(t.en())
              + (t.ru().equals(t.en()) ? "" : " (Russian: " + inline(t.ru()) + ")")
              + (t.kk().equals(t.en()) ? "" : " (Kazakh: " + inline(t.kk()) + ")");
      case Confidence c -> CONFIDENCE.get(c);
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
            ? c.stream().map(ProfileDocs::text).sorted().toList()
            : c.stream().map(ProfileDocs::text).toList();
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
    static final java.util.Properties NAMES = read();

    private static java.util.Properties read() {
      var names = new java.util.Properties();
      try (var in =
          ProfileDocs.class.getClassLoader().getResourceAsStream("i18n/custody.properties")) {
        if (in != null) {
          names.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
      } catch (java.io.IOException e) {
        // Without the names, the types alone.
      }
      return names;
    }
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

  /** An enum as profiles write it: its {@code code()} if it has one, else its name. */
  private static String code(Enum<?> e) {
    try {
      return String.valueOf(e.getClass().getMethod("code").invoke(e));
    } catch (ReflectiveOperationException | RuntimeException x) {
      return e.name().toLowerCase(Locale.ROOT);
    }
  }

  private static RecordComponent[] components(Object r) {
    var c = r.getClass().getRecordComponents();
    return c == null ? new RecordComponent[0] : c;
  }

  private static @Nullable Object value(RecordComponent c, Object r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  /** "languagesOfProceedings" as "Languages of proceedings". */
  private static String humanise(String name) {
    String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  /** GitHub's anchor of a heading that is a rule id. */
  static String anchor(String id) {
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }

  /** Text on one line, safe in Markdown. */
  private static String inline(String s) {
    return s.replace("\r", "").replace('\n', ' ').replace("<", "&lt;").strip();
  }

  private static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }

  /**
   * The comments of a profile document: the header, the settings', and each rule's (those in its
   * block, and those just before it).
   */
  private record Comments(
      List<String> header, List<String> settings, Map<String, List<String>> rules) {

    static final Comments NONE = new Comments(List.of(), List.of(), Map.of());

    List<String> rule(String id) {
      return rules.getOrDefault(id, List.of());
    }

    static Comments of(String document) {
      var header = new ArrayList<String>();
      var settings = new ArrayList<String>();
      var rules = new LinkedHashMap<String, List<String>>();
      var pending = new ArrayList<String>();
      String section = "header";
      String rule = null;
      for (String raw : document.lines().toList()) {
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("#")) {
          String text = line.replaceFirst("^#+\\s?", "").strip();
          if (!text.isEmpty()) {
            (section.equals("header") ? header : pending).add(text);
          }
          continue;
        }
        boolean topLevel = !Character.isWhitespace(raw.charAt(0));
        if (topLevel) {
          String key = line.replaceFirst(":.*", "");
          if (!section.equals("header") || !pending.isEmpty()) {
            flush(section, rule, pending, settings, rules);
          }
          section = key.equals("settings") ? "settings" : key.equals("rules") ? "rules" : "other";
          rule = null;
          continue;
        }
        if (section.equals("rules") && line.startsWith("- id:")) {
          rule = line.substring("- id:".length()).strip().replace("\"", "").replace("'", "");
        }
        flush(section, rule, pending, settings, rules);
      }
      flush(section, rule, pending, settings, rules);
      return new Comments(List.copyOf(header), List.copyOf(settings), rules);
    }

    private static void flush(
        String section,
        @Nullable String rule,
        List<String> pending,
        List<String> settings,
        Map<String, List<String>> rules) {
      if (pending.isEmpty()) {
        return;
      }
      switch (section) {
        case "settings" -> settings.addAll(pending);
        case "rules" -> {
          if (rule != null) {
            rules.computeIfAbsent(rule, k -> new ArrayList<>()).addAll(pending);
          }
        }
        default -> {}
      }
      pending.clear();
    }
  }
}
