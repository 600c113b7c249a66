package org.habeas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyRecord;
import org.habeas.system.Clocks;
import org.habeas.system.ScopedClock;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * The rules of the code's shape that the compiler does not hold, checked on every build without a
 * Spring context: the pure domain stays free of Spring and JPA, time is read from the {@link Clock}
 * bean only, main code names classes through imports, and comments cite only documents that are in
 * the repository. ArchUnit's core API is used directly (not a JUnit engine of its own), so it runs
 * under whatever JUnit the build uses. The module boundaries themselves are {@code
 * ModularityTests}'s.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.habeas");

  private static final Path MAIN_SOURCES = Path.of("src/main/java");
  private static final Path TEST_SOURCES = Path.of("src/test/java");
  private static final Path RESOURCES = Path.of("src/main/resources");

  // --- (a) the pure core uses no Spring and no JPA ------------------------------------------

  @Test
  void custodyEventsAndTheRecordFoldUseNoFramework() {
    ArchRule rule =
        noClasses()
            .that()
            .areAssignableTo(CustodyEvent.class)
            .or()
            .belongToAnyOf(CustodyRecord.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..")
            .because("custody's events and their fold are plain Java, replayed anywhere");
    rule.check(MAIN);
  }

  @Test
  void theRulesEngineAndTheLedgersPurePartsUseNoFramework() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(
                "org.habeas.safeguards.rules..",
                "org.habeas.ledger.merkle..",
                "org.habeas.ledger.tiles..",
                "org.habeas.ledger.note..",
                "org.habeas.ledger.checkpoint..",
                "org.habeas.ledger.verify..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..")
            .because(
                "the rules engine is a pure function of events and an instant, and the ledger's"
                    + " proofs and the standalone verifier run without the application");
    rule.check(MAIN);
  }

  // --- every module writes down whom it may use ------------------------------------------------

  @Test
  void everyModuleDeclaresItsAllowedDependencies() throws IOException {
    var undeclared = new ArrayList<String>();
    try (Stream<Path> dirs = Files.list(MAIN_SOURCES.resolve("org/habeas"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        String module = "org.habeas." + dir.getFileName();
        ApplicationModule declared = packageInfo(module).getAnnotation(ApplicationModule.class);
        if (declared == null
            || Arrays.asList(declared.allowedDependencies())
                .contains(ApplicationModule.OPEN_TOKEN)) {
          undeclared.add(module);
        }
      }
    }
    assertThat(undeclared)
        .as("modules whose package-info.java has no @ApplicationModule(allowedDependencies = ...)")
        .isEmpty();
  }

  private static Class<?> packageInfo(String module) {
    try {
      return Class.forName(module + ".package-info");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(module + " has no package-info.java", e);
    }
  }

  // --- (b) "now" comes from the Clock bean ------------------------------------------------------

  @Test
  void timeIsReadFromTheClockBeanOnly() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.habeas..")
            .and()
            .doNotBelongToAnyOf(Clocks.class, ScopedClock.class)
            .should()
            .callMethodWhere(readsTheSystemClock())
            .because(
                "domain time comes from the injected Clock (a ScopedClock), so tests and the demo"
                    + " loaders can set it; system.Clocks is where the system clock is read");
    rule.check(MAIN);
  }

  private static DescribedPredicate<JavaCall<?>> readsTheSystemClock() {
    Set<String> nowOwners =
        Set.of(
            Instant.class.getName(),
            LocalDate.class.getName(),
            LocalDateTime.class.getName(),
            LocalTime.class.getName(),
            OffsetDateTime.class.getName(),
            ZonedDateTime.class.getName());
    return DescribedPredicate.describe(
        "reads the system clock (now(), System.currentTimeMillis(), Clock.system*())",
        call -> {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          int params = call.getTarget().getRawParameterTypes().size();
          return nowOwners.contains(owner) && name.equals("now") && params == 0
              || owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
              || owner.equals(Clock.class.getName()) && name.startsWith("system");
        });
  }

  // --- (c) no inline fully qualified class names in main code -----------------------------------

  /** A package path from a root that code uses, ending in a class name: {@code java.util.List}. */
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile(
          "(?<![\\w.$@])@?(?:java|javax|jakarta|org|com|io|net|tools|sun)"
              + "(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_]*");

  @Test
  void mainCodeNamesClassesThroughImports() {
    assertThat(inlineQualifiedNames(MAIN_SOURCES))
        .as(
            "inline fully qualified class names in main code (write an import; a clash of simple"
                + " names is better solved by a name than by a package path)")
        .isEmpty();
  }

  /** Every use of a qualified class name in code, outside package and import lines. */
  static List<String> inlineQualifiedNames(Path root) {
    var hits = new ArrayList<String>();
    for (Path file : javaFiles(root)) {
      String[] lines = Source.codeOnly(read(file)).split("\n", -1);
      var imported = new HashMap<String, String>();
      for (String l : lines) {
        var im = IMPORT.matcher(l.strip());
        if (im.matches()) {
          imported.put(im.group(2), im.group(1) + im.group(2));
        }
      }
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.startsWith("package ") || line.startsWith("import ")) {
          continue;
        }
        var m = QUALIFIED_NAME.matcher(lines[i]);
        while (m.find()) {
          if (!clashesWithAnImport(m.group(), imported)) {
            hits.add(root.relativize(file) + ":" + (i + 1) + ": " + m.group());
          }
        }
      }
    }
    return hits;
  }

  private static final Pattern IMPORT = Pattern.compile("import ([\\w.]+\\.)([A-Z]\\w*);");

  /**
   * Two classes of one simple name in one file (Spring's and Swagger's {@code RequestBody}): Java
   * lets only one be imported, so the other must be written out; that is the one exception.
   */
  private static boolean clashesWithAnImport(String qualified, Map<String, String> imported) {
    for (String part : qualified.split("\\.")) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        String other = imported.get(part);
        return other != null && !qualified.startsWith(other);
      }
    }
    return false;
  }

  // --- (d) comments cite only documents in the repository
  // -----------------------------------------

  /**
   * A section cited of "research" names no document at all: say which file, or the point itself.
   */
  private static final Pattern UNNAMED_SECTION = Pattern.compile("\\bresearch\\s+§");

  private static final Pattern DOCUMENT = Pattern.compile("(?<![\\w./-])([\\w.-]+\\.md)\\b");

  @Test
  void commentsCiteOnlyDocumentsInTheRepository() {
    assertThat(citationsOfAbsentDocuments())
        .as("comments citing a document the repository does not hold (bring it into docs/)")
        .isEmpty();
  }

  static List<String> citationsOfAbsentDocuments() {
    Set<String> present = documentNames();
    var hits = new ArrayList<String>();
    for (Path root : List.of(MAIN_SOURCES, TEST_SOURCES)) {
      for (Path file : javaFiles(root)) {
        String[] lines = Source.commentsOnly(read(file)).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          String where = file + ":" + (i + 1) + ": ";
          cited(lines[i], present).forEach(c -> hits.add(where + c));
        }
      }
    }
    for (Path file : resourceFiles()) {
      String[] lines = read(file).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.startsWith("#") || line.startsWith("--") || line.contains(" # ")) {
          String where = file + ":" + (i + 1) + ": ";
          cited(lines[i], present).forEach(c -> hits.add(where + c));
        }
      }
    }
    return hits;
  }

  private static List<String> cited(String text, Set<String> present) {
    var found = new ArrayList<String>();
    var unnamed = UNNAMED_SECTION.matcher(text);
    while (unnamed.find()) {
      found.add(text.substring(unnamed.start()).strip());
    }
    var document = DOCUMENT.matcher(text);
    while (document.find()) {
      if (!present.contains(document.group(1))) {
        found.add(document.group(1));
      }
    }
    return found;
  }

  /** The names of the Markdown files the repository holds (build output and VCS excluded). */
  private static Set<String> documentNames() {
    try (Stream<Path> all = Files.walk(Path.of("."))) {
      var names = new TreeSet<String>();
      all.filter(p -> !p.startsWith("./target") && !p.startsWith("./.git"))
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .forEach(p -> names.add(p.getFileName().toString()));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> resourceFiles() {
    try (Stream<Path> all = Files.walk(RESOURCES)) {
      return all.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(ya?ml|sql|properties)$"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> javaFiles(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Java source split into code, comments and literals, line breaks kept, so a check reads only the
   * part it is about: the code without comments and string contents, or the comments alone.
   */
  static final class Source {

    private Source() {}

    static String codeOnly(String text) {
      return split(text, true);
    }

    static String commentsOnly(String text) {
      return split(text, false);
    }

    private static String split(String s, boolean keepCode) {
      var out = new StringBuilder(s.length());
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (s.startsWith("//", i)) {
          int end = s.indexOf('\n', i);
          end = end < 0 ? s.length() : end;
          append(out, s, i, end, !keepCode);
          i = end;
        } else if (s.startsWith("/*", i)) {
          int end = s.indexOf("*/", i + 2);
          end = end < 0 ? s.length() : end + 2;
          append(out, s, i, end, !keepCode);
          i = end;
        } else if (s.startsWith("\"\"\"", i)) {
          int end = closing(s, i + 3, "\"\"\"");
          append(out, s, i, end, false);
          i = end;
        } else if (c == '"' || c == '\'') {
          int end = closing(s, i + 1, String.valueOf(c));
          append(out, s, i, end, false);
          i = end;
        } else {
          out.append(keepCode || c == '\n' ? c : ' ');
          i++;
        }
      }
      return out.toString();
    }

    /** The index after the closing quote, skipping escaped characters. */
    private static int closing(String s, int from, String quote) {
      int i = from;
      while (i < s.length()) {
        if (s.charAt(i) == '\\') {
          i += 2;
        } else if (s.startsWith(quote, i)) {
          return i + quote.length();
        } else {
          i++;
        }
      }
      return s.length();
    }

    /** Appends the span as is when kept, else as blanks with its line breaks. */
    private static void append(StringBuilder out, String s, int from, int to, boolean keep) {
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        out.append(keep || c == '\n' ? c : ' ');
      }
    }
  }
}
