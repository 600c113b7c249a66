package org.habeas;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.custody.CustodyRecords;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The module map stays true, and so do its pictures: no module reaches into another's internals or
 * uses a module its {@code package-info.java} does not allow, the diagrams committed in {@code
 * docs/modules/} are the ones Spring Modulith draws from the code, and the README's architecture
 * section (the modules, who uses whom, the write path) says what the code does.
 *
 * <p>Run with {@code -Dhabeas.docs.write=true} to rewrite the diagrams and the README's generated
 * blocks after a change of the module graph; otherwise any difference fails. No Spring context is
 * started.
 */
class ModularityTests {

  private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

  private static final Path DIAGRAMS = Path.of("docs/modules");
  private static final Path DRAWN = Path.of("target/modulith-docs");
  private static final Path README = Path.of("README.md");
  private static final boolean WRITE = Boolean.getBoolean("habeas.docs.write");

  @Test
  void verifiesModuleBoundaries() {
    MODULES.verify();
  }

  @Test
  void committedDiagramsAreTheOnesTheCodeDraws() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DRAWN.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    Map<String, String> drawn = diagrams(DRAWN);
    if (WRITE) {
      Files.createDirectories(DIAGRAMS);
      for (var old : diagrams(DIAGRAMS).keySet()) {
        Files.delete(DIAGRAMS.resolve(old));
      }
      for (var d : drawn.entrySet()) {
        Files.writeString(DIAGRAMS.resolve(d.getKey()), d.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> committed = diagrams(DIAGRAMS);
    assertThat(committed.keySet())
        .as("diagrams in docs/modules (run with -Dhabeas.docs.write=true to redraw)")
        .containsExactlyElementsOf(drawn.keySet());
    for (var d : drawn.entrySet()) {
      // The documenter lists elements in no fixed order, so compare the lines as sets.
      assertThat(sortedLines(committed.get(d.getKey())))
          .as("docs/modules/%s (run with -Dhabeas.docs.write=true to redraw)", d.getKey())
          .isEqualTo(sortedLines(d.getValue()));
    }
  }

  @Test
  void readmeNamesEveryModule() throws IOException {
    String section = section(Files.readString(README), "## Architecture in a page");
    var named = new TreeSet<String>();
    var row = Pattern.compile("(?m)^\\| `([a-z]+)` \\|").matcher(section);
    while (row.find()) {
      named.add(row.group(1));
    }
    assertThat(named).as("modules in README's table").isEqualTo(moduleNames());
  }

  @Test
  void readmeShowsTheModuleGraphAndTheWritePathAsTheCodeHasThem() throws IOException {
    String readme = Files.readString(README);
    String graph = moduleGraph();
    String writePath = writePath();
    if (WRITE) {
      readme = replaceBlock(readme, "module-graph", graph);
      readme = replaceBlock(readme, "write-path", writePath);
      Files.writeString(README, readme, StandardCharsets.UTF_8);
    }
    assertThat(block(readme, "module-graph"))
        .as("README's module graph (run with -Dhabeas.docs.write=true to rewrite)")
        .isEqualTo(graph);
    assertThat(block(readme, "write-path"))
        .as("README's write path (run with -Dhabeas.docs.write=true to rewrite)")
        .isEqualTo(writePath);
  }

  /** Each module and the modules it uses, from the code, most depended-on first. */
  static String moduleGraph() {
    var uses = new TreeMap<String, List<String>>();
    for (ApplicationModule m : MODULES) {
      uses.put(
          m.getIdentifier().toString(),
          m.getDirectDependencies(MODULES)
              .uniqueModules()
              .map(d -> d.getIdentifier().toString())
              .sorted()
              .toList());
    }
    var ordered = new LinkedHashMap<String, List<String>>();
    while (ordered.size() < uses.size()) {
      for (var e : uses.entrySet()) {
        if (!ordered.containsKey(e.getKey()) && ordered.keySet().containsAll(e.getValue())) {
          ordered.put(e.getKey(), e.getValue());
          break;
        }
      }
    }
    var lines = new ArrayList<String>();
    lines.add("```text");
    lines.add(String.format("%-17s %s", "module", "uses"));
    ordered.forEach(
        (m, deps) ->
            lines.add(
                String.format("%-17s %s", m, deps.isEmpty() ? "-" : String.join(", ", deps))));
    lines.add("```");
    return String.join("\n", lines);
  }

  /**
   * Who takes part in a custody write, from the code: the modules that listen to {@link
   * CustodyEventRecorded} inside the writer's transaction ({@code @EventListener}) and those that
   * listen after it commits ({@code @ApplicationModuleListener}, through the event publication
   * registry).
   */
  static String writePath() {
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.habeas");
    var inTransaction = new TreeSet<String>();
    var afterCommit = new TreeSet<String>();
    main.stream()
        .flatMap(c -> c.getMethods().stream())
        .filter(ModularityTests::takesCustodyEventRecorded)
        .forEach(
            m -> {
              String module = moduleOf(m);
              if (m.isAnnotatedWith(ApplicationModuleListener.class)
                  || m.isAnnotatedWith(TransactionalEventListener.class)) {
                afterCommit.add(module);
              } else if (m.isAnnotatedWith(EventListener.class)) {
                inTransaction.add(module);
              }
            });
    assertThat(CustodyRecords.class.getMethods())
        .as("the write path starts at CustodyRecords.append")
        .anyMatch(m -> m.getName().equals("append"));
    return String.join(
        "\n",
        "```text",
        "1. custody   CustodyRecords.append: checks access and the timeline, stores the event,",
        "             commits to the ledger (commitment and outbox), publishes CustodyEventRecorded",
        "2. in the writer's transaction (@EventListener): " + String.join(", ", inTransaction),
        "3. commit (with one event publication row per listener below)",
        "4. after the commit (@ApplicationModuleListener): " + String.join(", ", afterCommit),
        "```");
  }

  private static boolean takesCustodyEventRecorded(JavaMethod m) {
    return m.getRawParameterTypes().stream()
        .anyMatch(t -> t.isEquivalentTo(CustodyEventRecorded.class));
  }

  private static String moduleOf(JavaMethod m) {
    return MODULES
        .getModuleByType(m.getOwner().getName())
        .map(x -> x.getIdentifier().toString())
        .orElseThrow();
  }

  private static Set<String> moduleNames() {
    return MODULES.stream()
        .map(m -> m.getIdentifier().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String section(String text, String heading) {
    int from = text.indexOf("\n" + heading + "\n");
    assertThat(from).as("README has a section %s", heading).isNotNegative();
    int to = text.indexOf("\n## ", from + heading.length() + 1);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  private static String block(String text, String name) {
    String begin = "<!-- " + name + ":begin -->\n";
    String end = "\n<!-- " + name + ":end -->";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertThat(from).as("README has the block %s", name).isNotNegative();
    assertThat(to).as("README closes the block %s", name).isGreaterThan(from);
    return text.substring(from + begin.length(), to);
  }

  private static String replaceBlock(String text, String name, String content) {
    String old = block(text, name);
    String begin = "<!-- " + name + ":begin -->\n";
    int from = text.indexOf(begin) + begin.length();
    return text.substring(0, from) + content + text.substring(from + old.length());
  }

  private static Map<String, String> diagrams(Path folder) throws IOException {
    var found = new TreeMap<String, String>();
    if (!Files.isDirectory(folder)) {
      return found;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        found.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return found;
  }

  private static List<String> sortedLines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
  }
}
