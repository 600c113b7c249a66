package org.habeas.safeguards.yaml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.habeas.custody.CustodyEvent;
import org.habeas.safeguards.Authority;
import org.habeas.safeguards.Condition;
import org.habeas.safeguards.EventPattern;
import org.habeas.safeguards.Limit;
import org.habeas.safeguards.ProfileProblem;
import org.habeas.safeguards.Qualifier;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the parts rules share: event patterns, conditions, limits and authorities. */
final class Terms {

  /** The event types a rule may name; corrections are resolved before any rule sees events. */
  static final List<String> TYPES =
      CustodyEvent.TYPES.stream().filter(t -> !t.equals("Corrected")).toList();

  private Terms() {}

  /**
   * Event patterns: {@code Type}, or {@code Type: {qualifier: value | [values]}}.
   *
   * @param relevantTime whether the pseudo-type {@code relevant-time} may be used here
   */
  static List<EventPattern> patterns(
      @Nullable Node n, String path, Problems p, boolean relevantTime, String where) {
    List<EventPattern> patterns = new ArrayList<>();
    List<Node> items = Values.items(n);
    for (int i = 0; i < items.size(); i++) {
      String at = n instanceof SequenceNode ? path + "[" + i + "]" : path;
      EventPattern pattern = pattern(items.get(i), at, p, relevantTime, where);
      if (pattern != null) {
        patterns.add(pattern);
      }
    }
    return List.copyOf(patterns);
  }

  private static @Nullable EventPattern pattern(
      Node n, String path, Problems p, boolean relevantTime, String where) {
    if (n instanceof ScalarNode) {
      String type = Values.text(n, path, p);
      return type != null && known(type, n, path, p, relevantTime, where)
          ? EventPattern.of(type)
          : null;
    }
    if (!(n instanceof MappingNode m) || m.getValue().size() != 1) {
      p.add(n, path, ProfileProblem.EXPECTED_TEXT, path);
      return null;
    }
    NodeTuple t = m.getValue().getFirst();
    String type = Values.text(t.getKeyNode(), path, p);
    if (type == null || !known(type, t.getKeyNode(), path, p, false, where)) {
      return null;
    }
    Section s = Section.of(t.getValueNode(), path + "." + type, p);
    Map<Qualifier, List<String>> qualified = new EnumMap<>(Qualifier.class);
    for (String key : s.keys()) {
      Node value = s.get(key);
      Qualifier q = Qualifier.of(key).filter(x -> x.appliesTo(type)).orElse(null);
      if (q == null || value == null) {
        p.add(
            value == null ? s.node : value, s.at(key), ProfileProblem.UNKNOWN_QUALIFIER, type, key);
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String v : Values.texts(value, s.at(key), p)) {
        if (!q.allowed().isEmpty() && !q.allowed().contains(v)) {
          p.add(
              value,
              s.at(key),
              ProfileProblem.BAD_QUALIFIER_VALUE,
              v,
              key,
              String.join(", ", q.allowed()));
        } else {
          values.add(q.normalise(v));
        }
      }
      qualified.put(q, List.copyOf(values));
    }
    return new EventPattern(type, Collections.unmodifiableMap(qualified));
  }

  private static boolean known(
      String type, Node n, String path, Problems p, boolean relevantTime, String where) {
    if (type.equals(EventPattern.RELEVANT_TIME)) {
      if (!relevantTime) {
        p.add(n, path, ProfileProblem.NOT_ALLOWED, type, where);
      }
      return relevantTime;
    }
    if (!TYPES.contains(type)) {
      p.add(n, path, ProfileProblem.UNKNOWN_EVENT_TYPE, type, String.join(", ", TYPES));
      return false;
    }
    return true;
  }

  /**
   * The events that end a rule or its delays ({@code until}): event patterns, never the relevant
   * time and never empty when given. Empty when absent or wrong (each problem is reported).
   */
  static List<EventPattern> until(Section s, Problems p) {
    Node n = s.get("until");
    if (n == null) {
      return List.of();
    }
    if (Values.items(n).isEmpty()) {
      p.add(n, s.at("until"), ProfileProblem.EMPTY, s.at("until"));
      return List.of();
    }
    return patterns(n, s.at("until"), p, false, s.at("until"));
  }

  /** Conditions of the record that must hold or not: {@code {juvenile: true}}. */
  static Map<Condition, Boolean> when(@Nullable Node n, String path, Problems p) {
    Map<Condition, Boolean> when = new LinkedHashMap<>();
    if (n == null) {
      return Map.of();
    }
    Section s = Section.of(n, path, p);
    for (String key : s.keys()) {
      Node value = s.get(key);
      Condition c = condition(key, value == null ? n : value, s.at(key), p, true);
      boolean holds = Values.bool(value, s.at(key), p, true);
      if (c != null) {
        when.put(c, holds);
      }
    }
    return Collections.unmodifiableMap(when);
  }

  /** A list of conditions, e.g. {@code [juvenile, interpreterNeeded]}. */
  static Set<Condition> conditions(@Nullable Node n, String path, Problems p) {
    Set<Condition> set = EnumSet.noneOf(Condition.class);
    List<Node> items = Values.items(n);
    for (int i = 0; i < items.size(); i++) {
      String code = Values.text(items.get(i), path + "[" + i + "]", p);
      Condition c = code == null ? null : condition(code, items.get(i), path, p, true);
      if (c != null) {
        set.add(c);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  private static @Nullable Condition condition(
      String code, Node n, String path, Problems p, boolean ofRecord) {
    Condition c = Condition.of(code).orElse(null);
    List<String> allowed =
        Arrays.stream(Condition.values())
            .filter(x -> !ofRecord || x.ofRecord())
            .map(Condition::code)
            .toList();
    if (c == null || (ofRecord && !c.ofRecord())) {
      p.add(n, path, ProfileProblem.UNKNOWN_CONDITION, code, String.join(", ", allowed));
      return null;
    }
    return c;
  }

  /**
   * A limit and its {@code variants}; a variant is a condition or the type of a start event.
   *
   * @param startTypes the event types that may start this rule's clock
   */
  static @Nullable Limit limit(Section s, Problems p, List<String> startTypes) {
    Duration base = Values.duration(s.require("limit"), s.at("limit"), p);
    Node variants = s.get("variants");
    Map<String, Duration> byKey = new LinkedHashMap<>();
    if (variants != null) {
      Section v = Section.of(variants, s.at("variants"), p);
      for (String key : v.keys()) {
        Node value = v.get(key);
        boolean known = Condition.of(key).isPresent() || startTypes.contains(key);
        if (!known) {
          p.add(value == null ? variants : value, v.at(key), ProfileProblem.UNKNOWN_VARIANT, key);
        }
        Duration d = Values.duration(value, v.at(key), p);
        if (known && d != null) {
          byKey.put(key, d);
        }
      }
    }
    return base == null ? null : new Limit(base, Collections.unmodifiableMap(byKey));
  }

  /** The types of the patterns, for the variants keyed by start event. */
  static List<String> types(List<EventPattern> patterns) {
    return patterns.stream().map(EventPattern::type).collect(Collectors.toList());
  }

  /** Who may extend or delay: {@code ranks}, {@code requires}, {@code notInvolved}. */
  static Authority authority(Section s, Problems p) {
    return new Authority(
        Values.texts(s.get("ranks"), s.at("ranks"), p),
        conditions(s.get("requires"), s.at("requires"), p),
        Values.bool(s.get("notInvolved"), s.at("notInvolved"), p, false));
  }
}
