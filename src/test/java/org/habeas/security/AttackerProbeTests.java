package org.habeas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The attacker's probes of issue 14 beside the matrix: oversized bodies, NUL bytes in text, dates
 * in the year 999999999, and {@code page=2147483647} on every paged list. Their expected answers
 * are the second table of src/test/resources/security/access-matrix.md, marked the same way.
 */
@IntegrationTest
class AttackerProbeTests {

  private static final String NUL = "\u0000";
  private static final String MAX_PAGE = "2147483647";

  /**
   * Who asks for a list's last page: the public if it may, else the role most likely to see rows.
   */
  private static final java.util.List<String> READERS =
      java.util.List.of(
          "anonymous", "monitor", "officer", "prosecutor", "trainer", "focal-point", "admin");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired PlatformTransactionManager transactions;

  private MatrixObjects o;
  private Replay replay;

  @BeforeEach
  void theObjectsAsked() throws Exception {
    o = MatrixObjects.shared(context);
    replay = new Replay(mvc, transactions);
  }

  /** The probes by name: each a request made in a transaction rolled back afterwards. */
  private Map<String, Supplier<String>> probes() throws Exception {
    var p = new LinkedHashMap<String, Supplier<String>>();
    var big = "{\"narrative\":\"" + "a".repeat(300 * 1024) + "\"}";
    p.put("body 300 KB to POST /api/v1/complaints", () -> ask(json("/api/v1/complaints", big)));
    p.put(
        "body 300 KB to POST /%61pi/v1/complaints (percent-encoded path)",
        () ->
            ask(
                post(URI.create("/%61pi/v1/complaints"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(big)
                    .with(o.freshAddress())));
    p.put(
        "body 300 KB to POST /ledger/witness/add-checkpoint",
        () ->
            ask(
                post("/ledger/witness/add-checkpoint")
                    .contentType(MediaType.TEXT_PLAIN)
                    .content("old 0\n" + "a".repeat(300 * 1024))));
    p.put(
        "a note without signatures to POST /ledger/witness/add-checkpoint",
        () ->
            ask(
                post("/ledger/witness/add-checkpoint")
                    .contentType(MediaType.TEXT_PLAIN)
                    .content("old 0\n\nexample.org/log\n1\n" + "A".repeat(43) + "=\n")));
    p.put(
        "NUL in a public complaint's narrative",
        () -> ask(json("/api/v1/complaints", MatrixObjects.intake("Beaten " + escaped()))));
    p.put(
        "NUL in an AllegationMade's description",
        () ->
            ask(
                event(
                    "officer",
                    "\"type\":\"AllegationMade\",\"against\":\"guards\",\"description\":\"hit "
                        + escaped()
                        + "\"")));
    p.put(
        "NUL in a CellVisited's by",
        () -> ask(event("officer", "\"type\":\"CellVisited\",\"by\":\"Sgt " + escaped() + "\"")));
    p.put(
        "NUL in a recommendation's text",
        () ->
            ask(
                json(
                        "/api/v1/recommendations",
                        MatrixObjects.recommendationJson("justice", o.today())
                            .replace("Keep the register", "Keep " + escaped()))
                    .with(o.as("monitor"))));
    p.put(
        "NUL in a staff intake's narrative",
        () ->
            ask(
                post("/complaints/intake")
                    .param("complainantRole", "RELATIVE")
                    .param("contactPreference", "NONE")
                    .param("narrative", "Beaten " + NUL + " at night")
                    .with(o.as("monitor"))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())));
    p.put(
        "NUL in a complaint search",
        () -> ask(get("/api/v1/complaints").param("q", "a" + NUL + "b").with(o.as("monitor"))));
    p.put("NUL in a lookup's name", () -> ask(lookup("Lookup " + NUL + " Nobody", "1990-04-01")));
    p.put(
        "a lookup's name of 100,000 characters",
        () -> ask(lookup("a".repeat(100_000), "1990-04-01")));
    p.put(
        "a lookup born in the year 999999999",
        () -> ask(lookup("Lookup Nobody", "999999999-01-01")));
    p.put(
        "body 300 KB to POST /api/v1/detention-reports",
        () -> ask(json("/api/v1/detention-reports", big)));
    p.put(
        "body 300 KB to POST /api/v1/field-registrations",
        () -> ask(json("/api/v1/field-registrations", big)));
    p.put(
        "NUL in a field registration's grounds",
        () ->
            ask(
                json(
                    "/api/v1/field-registrations",
                    o.capture("kz-ast-tdf1").replace("Caught in the act", "Caught" + escaped()))));
    p.put(
        "a field registration apprehended in the year 999999999",
        () ->
            ask(
                json(
                    "/api/v1/field-registrations",
                    o.capture("kz-ast-tdf1")
                        .replaceFirst(
                            "\"apprehendedAt\":\"[^\"]+\"",
                            "\"apprehendedAt\":\"+999999999-12-31T23:59:59Z\""))));
    p.put(
        "NUL in a detention report's account",
        () ->
            ask(
                json(
                    "/api/v1/detention-reports",
                    MatrixObjects.detentionReport(
                        "kz-ast-tdf1",
                        o.localAgo(Duration.ofMinutes(30), "kz-ast-tdf1"),
                        "Taken " + escaped() + " away"))));
    p.put(
        "a detention report held since the year 999999999",
        () ->
            ask(
                json(
                    "/api/v1/detention-reports",
                    MatrixObjects.detentionReport(
                        "kz-ast-tdf1", "+999999999-12-31T23:59", "Taken away"))));
    p.put("DetentionExtended until the year 999999999, then the record's page", this::farFuture);
    p.put(
        "a birth date in the future",
        () ->
            ask(
                json(
                        "/api/v1/custody-records",
                        MatrixObjects.apprehended("kz-ast-tdf1", o.ago(Duration.ofMinutes(5)))
                            .replace("1990-04-01", "2999-04-01"))
                    .with(o.as("officer"))));
    p.put(
        "\"intoxicated\":1 in a CellVisited",
        () ->
            ask(
                event(
                    "officer",
                    "\"type\":\"CellVisited\",\"by\":\"Sgt Matrix\",\"intoxicated\":1")));
    var visit = "{\"type\":\"CellVisited\",\"occurredAt\":\"%s\",\"by\":\"%s\"}";
    var now = visit.formatted(o.ago(Duration.ofMinutes(1)), "Sgt Matrix");
    p.put(
        "a batch of 501 events",
        () -> ask(batch("officer", String.join(",", java.util.Collections.nCopies(501, now)))));
    p.put("an empty batch", () -> ask(batch("officer", "")));
    p.put(
        "NUL in a batch's second CellVisited",
        () ->
            ask(
                batch(
                    "officer",
                    now + "," + visit.formatted(o.ago(Duration.ofMinutes(1)), escaped()))));
    p.put(
        "a batch whose second event happened in the year 999999999",
        () ->
            ask(
                batch(
                    "officer",
                    now + "," + visit.formatted("+999999999-12-31T23:59:59Z", "Sgt Matrix"))));
    p.put(
        "body 300 KB batch to POST /api/v1/custody-records/{id}/events",
        () ->
            ask(
                batch(
                    "officer",
                    now
                        + ","
                        + visit.formatted(o.ago(Duration.ofMinutes(1)), "a".repeat(300 * 1024)))));
    // The public check of a detainee's copy (issue 19): no sign-in, so anyone may send anything.
    var receipt = "/ledger/receipt?r=" + o.record("officer", "own") + "&s=1&i=0&n=1&t=1&h=";
    p.put(
        "bad base64 as the leaf hash of GET /ledger/receipt",
        () -> ask(get(receipt + "!!!!" + "A".repeat(39))));
    p.put(
        "a leaf index of 30 digits to GET /ledger/receipt",
        () -> ask(get(receipt.replace("&i=0", "&i=" + "9".repeat(30)) + "A".repeat(43))));
    p.put(
        "NUL in the record of GET /ledger/receipt",
        () -> ask(get(receipt.replace("?r=", "?r=%00") + "A".repeat(43))));
    for (var route : pagedRoutes()) {
      p.put("page=" + MAX_PAGE + " " + route, () -> lastPage(route));
    }
    return p;
  }

  @Test
  void everyProbeGetsTheAnswerTheTableSays() throws Exception {
    var table = probeTable();
    var probes = probes();
    var failures = new ArrayList<String>();
    probes.forEach(
        (name, probe) -> {
          var expected = table.get(name);
          var answer = probe.get();
          if (expected == null) {
            failures.add(name + ": no row in the probes' table (answered " + answer + ")");
            return;
          }
          var line = name + ": expected " + expected.text() + ", got " + answer;
          boolean right = expected.accepts(answer) && !answer.startsWith("5");
          if (expected.defect() != null) {
            System.out.println(
                "ACCESS MATRIX probe "
                    + (right ? "known defect now right (unmark): " : "known defect: ")
                    + line);
          } else if (!right) {
            failures.add(line);
          }
        });
    var stale = new TreeSet<>(table.keySet());
    stale.removeAll(probes.keySet());
    assertThat(stale).as("rows of the probes' table no probe makes").isEmpty();
    assertThat(failures).as("probes answered otherwise").isEmpty();
  }

  // --- the probes ----------------------------------------------------------------------------

  private String ask(RequestBuilder request) {
    return replay.ask(request);
  }

  /** The family's lookup, no sign-in. */
  private AbstractMockHttpServletRequestBuilder<?> lookup(String name, String birthDate) {
    return get("/api/v1/detention-lookup")
        .param("name", name)
        .param("birthDate", birthDate)
        .header("Accept-Language", "en")
        .with(o.freshAddress());
  }

  /** A JSON NUL as the body carries it. */
  private static String escaped() {
    return "\\u0000";
  }

  private AbstractMockHttpServletRequestBuilder<?> json(String path, String body) {
    return post(path)
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .header("Accept-Language", "en")
        .with(o.freshAddress());
  }

  private AbstractMockHttpServletRequestBuilder<?> event(String role, String fields) {
    var body = "{\"occurredAt\":\"" + o.ago(Duration.ofMinutes(1)) + "\"," + fields + "}";
    return json("/api/v1/custody-records/" + o.record(role, "own") + "/events", body)
        .with(o.as(role));
  }

  /** An array of events (issue 17's bulk append) to the role's own record. */
  private AbstractMockHttpServletRequestBuilder<?> batch(String role, String elements) {
    return json(
            "/api/v1/custody-records/" + o.record(role, "own") + "/events", "[" + elements + "]")
        .with(o.as(role));
  }

  /** The extension is refused; if it is not, the record's page must still show (no 500). */
  private String farFuture() {
    var record = o.record("prosecutor", "own");
    return replay.inRollback(
        perform -> {
          var body =
              "{\"type\":\"DetentionExtended\",\"occurredAt\":\""
                  + o.ago(Duration.ofMinutes(1))
                  + "\",\"until\":\"+999999999-12-31T23:59:59Z\",\"authorisedBy\":\"Judge\","
                  + "\"rank\":\"judge\",\"grounds\":\"investigation continues\"}";
          var extended =
              Replay.answerOf(
                  perform,
                  json("/api/v1/custody-records/" + record + "/events", body)
                      .with(o.as("prosecutor")));
          var page =
              Replay.answerOf(
                  perform,
                  get("/custody/" + record).header("Accept-Language", "en").with(o.as("officer")));
          return extended.startsWith("4") ? extended : extended + " then page " + page;
        });
  }

  /** Every route whose handler takes a {@code page} parameter. */
  private TreeSet<String> pagedRoutes() {
    var mapping =
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    var routes = new TreeSet<String>();
    mapping
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              boolean paged = false;
              for (var parameter : method.getMethodParameters()) {
                var param = parameter.getParameterAnnotation(RequestParam.class);
                if (param == null) {
                  continue;
                }
                var name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
                paged |= "page".equals(name);
              }
              if (paged) {
                for (var verb : info.getMethodsCondition().getMethods()) {
                  for (var pattern : info.getPatternValues()) {
                    routes.add(verb.name() + " " + Routes.normalise(pattern));
                  }
                }
              }
            });
    return routes;
  }

  /** The list asked for its last possible page, by a role the matrix lets read it. */
  private String lastPage(String route) {
    var path = MatrixRequests.path(route);
    var role = reader(route);
    var request = get(path).param("page", MAX_PAGE).header("Accept-Language", "en");
    if (!role.equals("anonymous")) {
      request.with(o.as(role));
    }
    return ask(request);
  }

  private String reader(String route) {
    try {
      var row =
          MatrixTable.read(Files.readAllLines(AccessMatrixTests.TABLE, StandardCharsets.UTF_8))
              .get(new MatrixTable.Key(route, "-"));
      if (row != null) {
        for (var role : READERS) {
          var cell = row.cells().get(role);
          if (cell.accepts("2xx") && cell.defect() == null) {
            return role;
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return "monitor";
  }

  /** The probes' table: "| probe | expected | notes |" rows after the heading "Attacker probes". */
  private static Map<String, MatrixTable.Expected> probeTable() throws Exception {
    var lines = Files.readAllLines(AccessMatrixTests.TABLE, StandardCharsets.UTF_8);
    var out = new TreeMap<String, MatrixTable.Expected>();
    boolean inProbes = false;
    for (int i = 0; i < lines.size(); i++) {
      var line = lines.get(i).strip();
      if (line.startsWith("#")) {
        inProbes = line.contains("Attacker probes");
        continue;
      }
      if (!inProbes || !line.startsWith("|") || line.startsWith("|---")) {
        continue;
      }
      var cells = line.substring(1, line.length() - 1).split("\\|", -1);
      var name = cells[0].strip();
      if (name.equals("probe")) {
        continue;
      }
      out.put(name, MatrixTable.Expected.parse(cells[1], i + 1));
    }
    return out;
  }
}
