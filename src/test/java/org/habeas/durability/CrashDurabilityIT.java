package org.habeas.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.habeas.durability.AppendLoad.Ack;
import org.habeas.ledger.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise behind every 201: an acknowledged event is in the database for good, once, and in a
 * log that verifies, whatever happens to the process or its connections afterwards.
 *
 * <p>The packaged application runs as a child process on a database of its own while officers'
 * clients append from several threads. It is killed with SIGKILL mid-load and started again; then
 * every database connection it holds is terminated ({@code pg_terminate_backend}), twice, mid-load.
 * The clients send each unanswered write again with its {@code Idempotency-Key}, as the API asks
 * them to. Afterwards the database must hold exactly the acknowledged events (none lost, none
 * twice, none unasked for), each as it was acknowledged, each in a leaf of the signed checkpoint;
 * the verifier must find the log clean and consistent with a checkpoint trusted before the crash.
 *
 * <p>PostgreSQL only (the suite's {@code SPRING_DATASOURCE_URL}): H2 in file mode belongs to one
 * process and has no backends to terminate. The application's output goes to {@code
 * target/crash-durability/app-N.log}; a failure prints its tail.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class CrashDurabilityIT {

  private static final int THREADS = 4;
  private static final int EVENTS_PER_RECORD = 40;

  /** Acknowledged writes between two blows. */
  private static final int PHASE = 80;

  private static final Duration PHASE_WITHIN = Duration.ofMinutes(3);

  private static final String SKIPPED =
      "crash durability test SKIPPED: it runs on PostgreSQL only, and SPRING_DATASOURCE_URL is"
          + " not a jdbc:postgresql: URL (the suite's PostgreSQL run covers it)";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  @TempDir Path dir;

  @Test
  void killAndCutConnectionsMidLoadLoseNoAcknowledgedEventAndLeaveTheLogVerifiable()
      throws Exception {
    String suiteUrl = System.getenv("SPRING_DATASOURCE_URL");
    boolean postgres = suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:");
    if (!postgres) {
      System.out.println("[crash] " + SKIPPED);
    }
    assumeTrue(postgres, SKIPPED);
    Path build = Path.of(System.getenv().getOrDefault("HABEAS_BUILD_DIR", "target"));
    Path jar = build.resolve("habeas.jar");
    assertThat(jar)
        .as("the packaged application; mvn verify builds it in the package phase")
        .isRegularFile();
    try (var db =
            ScratchDatabase.create(
                suiteUrl,
                System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        var app =
            new AppProcess(
                jar, freePort(), applicationArguments(db), build.resolve("crash-durability"))) {
      try {
        crashAndCheck(db, app);
      } catch (Throwable failure) {
        System.err.println(
            "[crash] FAILED: "
                + failure
                + "\n[crash] the application's output:\n"
                + app.logTails(150));
        throw failure;
      }
    }
  }

  private List<String> applicationArguments(ScratchDatabase db) {
    return List.of(
        "--spring.datasource.url=" + db.url(),
        "--spring.datasource.username=" + db.user(),
        "--spring.datasource.password=" + db.password(),
        // The demo directory gives the load its officer and facility; two records are enough.
        "--habeas.demo.enabled=true",
        "--habeas.demo.records=2",
        // The same key file at each start: the log keeps its key across the crash.
        "--habeas.ledger.key-file=" + dir.resolve("ledger.key"));
  }

  private void crashAndCheck(ScratchDatabase db, AppProcess app) throws Exception {
    app.start();
    String vkey = get(app.base(), "/ledger/vkey").strip();
    Path trusted = dir.resolve("trusted.checkpoint");
    List<Ack> acks;
    try (var load = new AppendLoad(app.base(), THREADS, EVENTS_PER_RECORD)) {
      load.awaitAcks(PHASE / 2, PHASE_WITHIN);
      // A checkpoint a monitor saw before the crash: the log afterwards must extend it.
      Files.writeString(trusted, awaitCheckpoint(app.base()));
      load.awaitAcks(PHASE, PHASE_WITHIN);

      log("kill -9 after %d acknowledged writes, %d in flight", load.acked(), load.inFlight());
      app.kill();
      app.start();
      log("restarted; %d acknowledged so far", load.acked());
      load.awaitAcks(load.acked() + PHASE, PHASE_WITHIN);

      for (int blow = 1; blow <= 2; blow++) {
        int inFlight = load.inFlight();
        int cut = db.terminateConnections();
        log(
            "pg_terminate_backend #%d: %d connections cut, %d writes in flight",
            blow, cut, inFlight);
        assertThat(cut).as("connections of the application to terminate").isPositive();
        load.awaitAcks(load.acked() + PHASE, PHASE_WITHIN);
      }
      acks = load.stop();
      log("load stopped: %s", load.summary());
    }
    awaitLogCaughtUp(db);
    assertStoredAsAcknowledged(app.base(), acks);
    var published =
        verify(
            "--vkey",
            vkey,
            "--trusted",
            trusted.toString(),
            "--url",
            app.base().toString(),
            "--no-save");
    assertClean(published);

    app.stop();
    log("the application logged %d ERROR lines", app.countLines(" ERROR "));
    assertExactlyTheAcknowledgedEventsAreStoredAndLogged(db, acks);
    var inspected =
        verify(
            "--vkey",
            vkey,
            "--trusted",
            trusted.toString(),
            "--db",
            db.url(),
            "--db-user",
            db.user(),
            "--db-password",
            db.password());
    assertClean(inspected);
    assertThat(inspected.output()).contains("consistent with the trusted checkpoint");
  }

  /** Every acknowledged write reads back through the API as it was sent, and nothing else. */
  private void assertStoredAsAcknowledged(URI base, List<Ack> acks) throws Exception {
    List<String> problems = new ArrayList<>();
    for (var record : byRecord(acks).entrySet()) {
      String json = get(base, "/api/v1/custody-records/" + record.getKey());
      List<Map<String, Object>> events = JsonPath.read(json, "$.events");
      Map<Integer, Map<String, Object>> bySeq = new HashMap<>();
      events.forEach(e -> bySeq.put((Integer) e.get("seq"), e));
      var acknowledged = record.getValue().stream().map(Ack::seq).collect(Collectors.toSet());
      bySeq.keySet().stream()
          .filter(seq -> !acknowledged.contains(seq))
          .forEach(seq -> problems.add("never acknowledged, shown: " + bySeq.get(seq)));
      for (Ack ack : record.getValue()) {
        var event = bySeq.get(ack.seq());
        String shown =
            event == null
                ? null
                : ack.type().equals("Apprehended")
                    ? JsonPath.read(json, "$.person.name")
                    : (String) event.get("by");
        if (event == null || !ack.type().equals(event.get("type")) || !ack.marker().equals(shown)) {
          problems.add(ack + " reads back as " + event);
        }
      }
    }
    assertThat(problems).as("acknowledged events that read back otherwise").isEmpty();
  }

  /**
   * The database holds each record's acknowledged events and nothing else, with no seq given twice,
   * and each has its leaf in the latest signed checkpoint.
   */
  private void assertExactlyTheAcknowledgedEventsAreStoredAndLogged(
      ScratchDatabase db, List<Ack> acks) throws Exception {
    Map<String, List<Ack>> byRecord = byRecord(acks);
    Map<String, Set<Integer>> stored = new TreeMap<>();
    for (String[] row : db.rows("select record_id, seq from custody_event")) {
      if (byRecord.containsKey(row[0])) {
        stored.computeIfAbsent(row[0], k -> new TreeSet<>()).add(Integer.valueOf(row[1]));
      }
    }
    long checkpointSize = db.number("select coalesce(max(tree_size), 0) from ledger_checkpoint");
    Map<String, Long> leaves = new HashMap<>();
    for (String[] row :
        db.rows("select record_id, seq, leaf_index from ledger_leaf where seq is not null")) {
      leaves.put(row[0] + "#" + row[1], Long.valueOf(row[2]));
    }

    List<String> problems = new ArrayList<>();
    for (var record : byRecord.entrySet()) {
      Set<Integer> have = stored.getOrDefault(record.getKey(), Set.of());
      Set<Integer> acknowledged = new TreeSet<>();
      for (Ack ack : record.getValue()) {
        if (!acknowledged.add(ack.seq())) {
          problems.add("seq acknowledged twice (one acknowledged event lost): " + ack);
        }
        if (!have.contains(ack.seq())) {
          problems.add("acknowledged, not stored: " + ack);
        }
        Long leaf = leaves.get(ack.recordId() + "#" + ack.seq());
        if (leaf == null || leaf >= checkpointSize) {
          problems.add(
              "acknowledged, not in the signed checkpoint of "
                  + checkpointSize
                  + " leaves (leaf "
                  + leaf
                  + "): "
                  + ack);
        }
      }
      for (int seq : have) {
        if (!acknowledged.contains(seq)) {
          problems.add(
              "stored, never acknowledged (a write stored twice?): record "
                  + record.getKey()
                  + " seq "
                  + seq);
        }
      }
    }
    assertThat(problems)
        .as("%d acknowledged writes in %d records", acks.size(), byRecord.size())
        .isEmpty();
    assertThat(db.number("select count(*) from ledger_pending"))
        .as("leaves left in the outbox")
        .isZero();
    assertThat(db.number("select count(*) from ledger_leaf"))
        .as("leaves in the log = the signed checkpoint's size")
        .isEqualTo(checkpointSize);
    log(
        "%d acknowledged events in %d records stored once each; checkpoint of %d leaves",
        acks.size(), byRecord.size(), checkpointSize);
  }

  private static Map<String, List<Ack>> byRecord(List<Ack> acks) {
    return acks.stream()
        .collect(Collectors.groupingBy(Ack::recordId, TreeMap::new, Collectors.toList()));
  }

  /** Waits until the integrator has taken every queued leaf and a checkpoint signs them all. */
  private static void awaitLogCaughtUp(ScratchDatabase db) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      long pending = db.number("select count(*) from ledger_pending");
      long leaves = db.number("select count(*) from ledger_leaf");
      long signed = db.number("select coalesce(max(tree_size), 0) from ledger_checkpoint");
      if (pending == 0 && signed == leaves) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "the log did not catch up within 60 s: "
                + pending
                + " leaves queued, "
                + leaves
                + " integrated, checkpoint of "
                + signed);
      }
      Thread.sleep(200);
    }
  }

  private String awaitCheckpoint(URI base) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      var response =
          http.send(
              HttpRequest.newBuilder(base.resolve("/ledger/checkpoint")).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        return response.body();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no signed checkpoint within 30 s: " + response.statusCode());
      }
      Thread.sleep(200);
    }
  }

  private String get(URI base, String path) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(base.resolve(path))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("officer:habeas-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return response.body();
  }

  private record VerifierRun(int status, String output) {}

  private static VerifierRun verify(String... args) {
    var out = new ByteArrayOutputStream();
    var print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status = Verifier.run(args, print, print);
    var run = new VerifierRun(status, out.toString(StandardCharsets.UTF_8));
    System.out.println("[crash] verifier, exit " + status + ":\n" + run.output());
    return run;
  }

  private static void assertClean(VerifierRun run) {
    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output()).contains("RESULT    clean");
  }

  private static int freePort() throws Exception {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static final long STARTED = System.nanoTime();

  private static void log(String format, Object... args) {
    System.out.printf(
        "[crash] %5.1f s  %s%n", (System.nanoTime() - STARTED) / 1e9, format.formatted(args));
  }
}
