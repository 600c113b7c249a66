package org.habeas.safeguards.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.habeas.custody.CustodyPhase;
import org.habeas.safeguards.Condition;
import org.habeas.safeguards.Confidence;
import org.habeas.safeguards.EventPattern;
import org.habeas.safeguards.LocalizedText;
import org.habeas.safeguards.ProfileProblem;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleKind;
import org.habeas.safeguards.RuleTerms;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one rule: what every rule has, then the terms of its kind. */
final class RuleReader {

  static final Pattern ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  private static final List<String> COMMON =
      List.of(
          "id", "title", "kind", "when", "basis", "confidence", "confidenceNote", "until", "phase");

  private RuleReader() {}

  /**
   * A rule as read, with the nodes later checks point at.
   *
   * @param rule null if anything in it was wrong
   */
  record Read(@Nullable Rule rule, @Nullable String id, Node idNode, @Nullable Node extendsNode) {}

  static Read read(Node node, String path, Problems p, boolean relevantTime) {
    Section s = Section.of(node, path, p);
    Node idNode = s.require("id");
    String id = Values.text(idNode, s.at("id"), p);
    if (id != null && !ID.matcher(id).matches()) {
      p.add(
          Objects.requireNonNull(idNode, "an id was read"), s.at("id"), ProfileProblem.BAD_ID, id);
      id = null;
    }
    LocalizedText title = Values.localized(s.require("title"), s.at("title"), p);
    Map<Condition, Boolean> when = Terms.when(s.get("when"), s.at("when"), p);
    LocalizedText basis = Values.localizedOrText(s.require("basis"), s.at("basis"), p);
    Confidence confidence = confidence(s.require("confidence"), s.at("confidence"), p);
    String note = Values.text(s.get("confidenceNote"), s.at("confidenceNote"), p);
    // The events that end the rule: event types (with qualifiers), never the relevant time.
    Node untilNode = s.get("until");
    List<EventPattern> until = Terms.until(s, p);
    CustodyPhase phase = phase(s.get("phase"), s.at("phase"), p);
    RuleKind kind = kind(s.require("kind"), s.at("kind"), p);
    RuleTerms terms = null;
    if (kind != null) {
      terms = KindReader.read(kind, s, p, relevantTime);
      List<String> keys = new ArrayList<>(COMMON);
      keys.addAll(KindKeys.keys(kind));
      s.rejectOthers(keys);
    }
    Rule rule =
        id == null
                || title == null
                || basis == null
                || confidence == null
                || terms == null
                || (untilNode != null && until.isEmpty())
                || phase == null
            ? null
            : new Rule(id, title, when, terms, basis, confidence, note, until, phase);
    return new Read(rule, id, idNode == null ? node : idNode, s.get("extends"));
  }

  private static @Nullable RuleKind kind(@Nullable Node n, String path, Problems p) {
    String code = Values.text(n, path, p);
    if (code == null || n == null) {
      return null;
    }
    RuleKind kind = RuleKind.of(code).orElse(null);
    if (kind == null) {
      p.add(
          n,
          path,
          ProfileProblem.UNKNOWN_KIND,
          code,
          String.join(", ", Arrays.stream(RuleKind.values()).map(RuleKind::code).toList()));
    }
    return kind;
  }

  /**
   * The phase of custody a rule judges: {@code police} when not given, or {@code remand} (issue 16:
   * from the arrival at the remand prison a record was handed over to).
   */
  private static @Nullable CustodyPhase phase(@Nullable Node n, String path, Problems p) {
    if (n == null) {
      return CustodyPhase.POLICE;
    }
    String code = Values.text(n, path, p);
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "police" -> CustodyPhase.POLICE;
      case "remand" -> CustodyPhase.REMAND;
      default -> {
        p.add(n, path, ProfileProblem.BAD_VALUE, code, "police, remand");
        yield null;
      }
    };
  }

  static @Nullable Confidence confidence(@Nullable Node n, String path, Problems p) {
    String code = Values.text(n, path, p);
    if (code == null || n == null) {
      return null;
    }
    try {
      return Confidence.valueOf(code);
    } catch (IllegalArgumentException e) {
      p.add(n, path, ProfileProblem.BAD_CONFIDENCE, code);
      return null;
    }
  }
}
