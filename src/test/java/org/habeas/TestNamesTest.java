package org.habeas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A test's name says what it needs, so that {@code ./habeas check} can run the fast ones alone:
 * {@code *Test} is plain (no Spring), {@code *Tests} starts a Spring context, {@code *IT} runs
 * against a whole application from outside (a real browser under {@code browser/}, or another
 * process under {@code durability/}). Read from the sources, so it holds before anything runs.
 */
class TestNamesTest {

  private static final Path TESTS = Path.of("src/test/java");

  /** What starts Spring: the test annotations, or an application or context built by hand. */
  private static final Pattern SPRING =
      Pattern.compile(
          "^@(SpringBootTest|IntegrationTest|ApplicationModuleTest|WebMvcTest|JdbcTest"
              + "|SpringJUnitConfig|ContextConfiguration)\\b"
              + "|new (SpringApplicationBuilder|ApplicationContextRunner|WebApplicationContextRunner)\\(",
          Pattern.MULTILINE);

  private static final Pattern HAS_TESTS =
      Pattern.compile(
          "^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory)\\b", Pattern.MULTILINE);

  /**
   * The architecture tests read the compiled classes without Spring, but keep the names Spring
   * Modulith's guides give them.
   */
  private static final Set<String> ARCHITECTURE = Set.of("ModularityTests", "ArchitectureTests");

  /** Where a test that runs a whole application from outside lives. */
  private static final Set<String> IT_FOLDERS = Set.of("browser", "durability");

  @Test
  void everyTestIsNamedForWhatItNeeds() throws IOException {
    var wrong = new ArrayList<String>();
    for (var file : sources()) {
      var name = file.getFileName().toString().replace(".java", "");
      var text = Files.readString(file);
      if (!HAS_TESTS.matcher(text).find()) {
        continue; // a fixture, an annotation, a helper
      }
      boolean spring = SPRING.matcher(text).find();
      var where = TESTS.relativize(file).toString();
      if (name.endsWith("IT")) {
        if (!IT_FOLDERS.contains(file.getParent().getFileName().toString())) {
          wrong.add(where + ": an IT lives in browser/ (or durability/ for a process)");
        }
      } else if (name.endsWith("Tests")) {
        if (!spring && !ARCHITECTURE.contains(name)) {
          wrong.add(where + ": starts no Spring context, so its name ends in Test");
        }
      } else if (name.endsWith("Test")) {
        if (spring) {
          wrong.add(where + ": starts Spring, so its name ends in Tests");
        }
      } else if (!name.endsWith("Bench")) {
        wrong.add(where + ": has tests, so its name ends in Test, Tests or IT");
      }
    }
    assertThat(wrong).as("tests named against the convention (README, Tests)").isEmpty();
  }

  @Test
  void tellsPlainFromSpring() {
    assertThat(SPRING.matcher("@IntegrationTest\nclass X {}").find()).isTrue();
    assertThat(SPRING.matcher("var c = new Spring" + "ApplicationBuilder(A.class)").find())
        .isTrue();
    assertThat(SPRING.matcher("/** Unlike an {@code @IntegrationTest}, plain. */").find())
        .isFalse();
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(TESTS)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("package-info.java"))
          .sorted()
          .toList();
    }
  }
}
