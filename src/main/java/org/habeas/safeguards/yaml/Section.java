package org.habeas.safeguards.yaml;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.habeas.safeguards.ProfileProblem;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One mapping of the document read key by key; keys never read are reported as unknown, so a typo
 * ({@code limt}) is an error rather than a silently missing limit.
 */
final class Section {

  final Node node;
  final String path;
  final Problems problems;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Set<String> read = new HashSet<>();

  private Section(Node node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    if (!(node instanceof MappingNode m)) {
      problems.add(node, path, ProfileProblem.EXPECTED_MAPPING, label(path));
      return;
    }
    for (NodeTuple t : m.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        problems.add(t.getKeyNode(), path, ProfileProblem.EXPECTED_TEXT, label(path) + " key");
        continue;
      }
      if (entries.putIfAbsent(k.getValue(), t) != null) {
        problems.add(k, at(k.getValue()), ProfileProblem.DUPLICATE_KEY, k.getValue());
      }
    }
  }

  static Section of(Node node, String path, Problems problems) {
    return new Section(node, path, problems);
  }

  /** The path of a key in this section. */
  String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The value of an optional key. */
  @Nullable Node get(String key) {
    read.add(key);
    NodeTuple t = entries.get(key);
    return t == null ? null : t.getValueNode();
  }

  /** The value of a key that must be there; its absence is reported at the section. */
  @Nullable Node require(String key) {
    Node value = get(key);
    if (value == null && node instanceof MappingNode) {
      problems.add(node, at(key), ProfileProblem.MISSING_KEY, at(key));
    }
    return value;
  }

  /** The keys given, in document order. */
  Set<String> keys() {
    return entries.keySet();
  }

  /** Reports every key given that is not among {@code known}. */
  void rejectOthers(List<String> known) {
    for (var e : entries.entrySet()) {
      if (!known.contains(e.getKey())) {
        problems.add(
            e.getValue().getKeyNode(),
            at(e.getKey()),
            ProfileProblem.UNKNOWN_KEY,
            e.getKey(),
            String.join(", ", known));
      }
    }
  }

  private static String label(String path) {
    return path.isEmpty() ? "The document" : path;
  }
}
