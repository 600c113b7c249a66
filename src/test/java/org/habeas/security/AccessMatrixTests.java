package org.habeas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.habeas.IntegrationTest;
import org.habeas.security.MatrixTable.Key;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The access matrix of issue 14: every route of the pages, the API (the OpenAPI document) and the
 * actuator, asked by every role and without sign-in, about an own, a foreign and an unrelated
 * object, answers what src/test/resources/security/access-matrix.md says the product owes. A route
 * without a row, or a row whose route is gone, fails the build; so does any 5xx.
 *
 * <p>Writes are replayed in a transaction rolled back after each request, so the shared database
 * keeps only the fixtures of {@link MatrixObjects}. Run with {@code -Dhabeas.matrix.record=true} to
 * write the answers observed to target/access-matrix.observed.md (a starting point for new rows).
 */
@IntegrationTest
class AccessMatrixTests {

  static final Path TABLE = Path.of("src/test/resources/security/access-matrix.md");

  private MatrixObjects objects;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void theObjectsAsked() throws Exception {
    objects = MatrixObjects.shared(context);
  }

  /** Every route Habeas answers: controllers, the OpenAPI document, the actuator. */
  private TreeSet<String> routes() throws Exception {
    var routes = new TreeSet<>(Routes.handlers(context));
    var document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
    assertThat(document.getStatus()).as("the OpenAPI document").isEqualTo(200);
    var documented = Routes.openApi(document.getContentAsString(StandardCharsets.UTF_8));
    assertThat(documented).as("the OpenAPI document's operations").isNotEmpty();
    routes.addAll(documented);
    routes.addAll(Routes.actuator(context));
    return routes;
  }

  private static Map<Key, MatrixTable.Row> table() throws IOException {
    return MatrixTable.read(Files.readAllLines(TABLE, StandardCharsets.UTF_8));
  }

  @Test
  void everyRouteHasItsRowsAndEveryRowItsRoute() throws Exception {
    var wanted = new TreeSet<Key>();
    for (var route : routes()) {
      for (var object : MatrixRequests.objects(route)) {
        wanted.add(new Key(route, object));
      }
    }
    var rows = table().keySet();
    var missing = new TreeSet<>(wanted);
    missing.removeAll(rows);
    var stale = new TreeSet<>(rows);
    stale.removeAll(wanted);
    assertThat(missing)
        .as(
            "routes without a row in "
                + TABLE
                + " (run with -Dhabeas.matrix.record=true: target/access-matrix.observed.md has"
                + " today's answers to start from)")
        .isEmpty();
    assertThat(stale).as("rows of " + TABLE + " whose route is gone").isEmpty();
  }

  @Test
  void everyRoleGetsTheAnswerTheTableSays() throws Exception {
    var rows = table();
    var requests = new MatrixRequests(objects);
    var failures = new ArrayList<String>();
    var defects = new ArrayList<String>();
    var fixed = new ArrayList<String>();
    var observed = new TreeMap<Key, Map<String, String>>();
    var took = new TreeMap<String, Long>();
    for (var route : routes()) {
      long started = System.nanoTime();
      for (var object : MatrixRequests.objects(route)) {
        var key = new Key(route, object);
        var row = rows.get(key);
        var seen = new LinkedHashMap<String, String>();
        for (var role : MatrixTable.ROLES) {
          var expected = row == null ? null : row.cells().get(role);
          if (expected != null && expected.skipped()) {
            seen.put(role, "skip");
            continue;
          }
          var answer = ask(requests, route, role, object);
          seen.put(role, answer);
          if (expected == null) {
            continue;
          }
          var cell = key + " as " + role + ": expected " + expected.text() + ", got " + answer;
          boolean right = expected.accepts(answer) && !answer.startsWith("5");
          if (expected.defect() != null) {
            (right ? fixed : defects).add(cell);
          } else if (!right) {
            failures.add(cell);
          }
        }
        observed.put(key, seen);
      }
      took.put(route, (System.nanoTime() - started) / 1_000_000);
    }
    if (Boolean.getBoolean("habeas.matrix.record")) {
      took.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .limit(25)
          .forEach(e -> System.out.println("ACCESS MATRIX ms " + e.getValue() + " " + e.getKey()));
      record(observed, rows);
    }
    defects.forEach(d -> System.out.println("ACCESS MATRIX known defect: " + d));
    fixed.forEach(d -> System.out.println("ACCESS MATRIX known defect now right (unmark): " + d));
    assertThat(failures).as("cells of " + TABLE + " answered otherwise").isEmpty();
  }

  /** One request, in a transaction rolled back afterwards; its answer as a status class. */
  private String ask(MatrixRequests requests, String route, String role, String object) {
    AbstractMockHttpServletRequestBuilder<?> request;
    try {
      request = requests.request(route, role, object);
    } catch (IllegalStateException e) {
      return "no-recipe";
    }
    if (!role.equals("anonymous")) {
      request.with(objects.as(role));
    }
    return new Replay(mvc, transactions).ask(request);
  }

  private static void record(Map<Key, Map<String, String>> observed, Map<Key, MatrixTable.Row> rows)
      throws IOException {
    var lines = new ArrayList<String>();
    lines.add("| route | object | " + String.join(" | ", MatrixTable.ROLES) + " | notes |");
    lines.add("|---|---|" + "---|".repeat(MatrixTable.ROLES.size()) + "---|");
    observed.forEach(
        (key, cells) -> {
          var row = rows.get(key);
          lines.add(MatrixTable.render(key, cells, row == null ? "NEW" : row.notes()));
        });
    Files.write(Path.of("target/access-matrix.observed.md"), lines, StandardCharsets.UTF_8);
  }
}
