package org.habeas.safeguards.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.habeas.safeguards.ProfileError;
import org.habeas.safeguards.ProfileProblem;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** The problems found in one document, each at the line and column of the node it is about. */
final class Problems {

  private final List<ProfileError> errors = new ArrayList<>();

  void add(Node at, String path, ProfileProblem problem, @Nullable Object... args) {
    add(at.getStartMark(), path, problem, args);
  }

  void add(Mark mark, String path, ProfileProblem problem, @Nullable Object... args) {
    // SnakeYAML counts from 0; people, editors and the UI count lines from 1.
    add(mark.getLine() + 1, mark.getColumn() + 1, path, problem, args);
  }

  void add(int line, int column, String path, ProfileProblem problem, @Nullable Object... args) {
    List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
    errors.add(
        new ProfileError(line, column, path, problem, texts, problem.english((Object[]) args)));
  }

  boolean any() {
    return !errors.isEmpty();
  }

  List<ProfileError> sorted() {
    return errors.stream()
        .sorted(Comparator.comparingInt(ProfileError::line).thenComparingInt(ProfileError::column))
        .toList();
  }
}
