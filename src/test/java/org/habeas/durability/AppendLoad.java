package org.habeas.durability;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Custody officers' clients appending events over HTTP from several threads, as a client system
 * that keeps its promises would: each write carries an {@code Idempotency-Key} and is sent again,
 * with the same key and body, until it gets a definitive answer, through crashes and restarts. An
 * event counts as <em>acknowledged</em> when it was answered 201; every write the load starts ends
 * acknowledged, so afterwards the database must hold exactly the acknowledged events.
 */
final class AppendLoad implements AutoCloseable {

  /** A write answered 201: the record, the seq the application gave it, and what it said. */
  record Ack(String recordId, int seq, String type, String marker) {}

  private static final String USER = "officer";
  private static final String PASSWORD = "habeas-demo";
  private static final String FACILITY = "kz-ast-tdf1";

  /** How long one write may keep failing before the load gives up on the application. */
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(4);

  private final URI base;
  private final int eventsPerRecord;
  private final String authorization =
      "Basic "
          + Base64.getEncoder()
              .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
  private final AtomicInteger acked = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong attempts = new AtomicLong();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final Map<String, String> examples = new ConcurrentHashMap<>();
  private final List<Future<?>> workers = new ArrayList<>();
  private final ExecutorService pool;
  private volatile boolean stopping;

  AppendLoad(URI base, int threads, int eventsPerRecord) {
    this.base = base;
    this.eventsPerRecord = eventsPerRecord;
    this.pool = Executors.newFixedThreadPool(threads);
    for (int w = 1; w <= threads; w++) {
      int worker = w;
      workers.add(pool.submit(() -> work(worker)));
    }
  }

  int acked() {
    return acked.get();
  }

  int inFlight() {
    return inFlight.get();
  }

  /** Waits until {@code count} writes were acknowledged; fails if a worker failed. */
  void awaitAcks(int count, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (acked.get() < count) {
      checkWorkers();
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "only " + acked.get() + " of " + count + " writes acknowledged within " + within);
      }
      Thread.sleep(50);
    }
  }

  /** Lets each worker finish the write it is at (to a definitive answer), then returns the acks. */
  List<Ack> stop() throws Exception {
    stopping = true;
    for (Future<?> worker : workers) {
      try {
        worker.get(GIVE_UP_AFTER.toSeconds() + 30, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        throw rethrown(e);
      }
    }
    return List.copyOf(acks);
  }

  /** What went wrong on the way, by kind, and how many requests were sent in all. */
  String summary() {
    return acked.get()
        + " writes acknowledged in "
        + attempts.get()
        + " requests; failed attempts (then sent again): "
        + new TreeMap<>(failures)
        + "; the first of each: "
        + new TreeMap<>(examples);
  }

  private void failed(String kind, String what) {
    failures.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    examples.putIfAbsent(kind, what.length() > 300 ? what.substring(0, 300) + "…" : what);
  }

  private void checkWorkers() throws Exception {
    for (Future<?> worker : workers) {
      if (worker.isDone()) {
        try {
          worker.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw rethrown(e);
        }
        if (!stopping) {
          throw new AssertionError("a load worker ended before it was stopped");
        }
      }
    }
  }

  private static Exception rethrown(java.util.concurrent.ExecutionException e) {
    if (e.getCause() instanceof Error error) {
      throw error;
    }
    return e.getCause() instanceof Exception cause ? cause : e;
  }

  private Void work(int worker) throws Exception {
    for (int record = 1; !stopping; record++) {
      // The application checks event times against its own clock (nothing in the future), so the
      // load writes times just behind the wall clock; nothing asserted depends on the date.
      Instant apprehended =
          Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
      String person = "Load Person w" + worker + "r" + record;
      Ack opened =
          write(
              "/api/v1/custody-records",
              """
              {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
               "person":{"name":"%s","birthDate":"1990-04-01","citizenship":"KZ","language":"kk"},
               "grounds":"caught in the act","suspectedOffence":"Theft (CC art. 188)",
               "jurisdiction":"kz"}"""
                  .formatted(apprehended, FACILITY, person),
              "Apprehended",
              person,
              null);
      for (int n = 1; n <= eventsPerRecord && !stopping; n++) {
        String by = "Sgt. Load w" + worker + "r" + record + "e" + n;
        write(
            "/api/v1/custody-records/" + opened.recordId() + "/events",
            """
            {"type":"CellVisited","occurredAt":"%s","by":"%s"}"""
                .formatted(apprehended.plusSeconds(2L * n), by),
            "CellVisited",
            by,
            opened.recordId());
      }
    }
    return null;
  }

  /**
   * Sends one write until it gets a definitive answer; 201 is the only one expected. {@code
   * recordId} is the record appended to, or null when the write opens one.
   */
  private Ack write(String path, String body, String type, String marker, @Nullable String recordId)
      throws Exception {
    var request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .header("Accept-Language", "en")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long giveUp = System.nanoTime() + GIVE_UP_AFTER.toNanos();
    String last = "nothing";
    for (int attempt = 0; ; attempt++) {
      attempts.incrementAndGet();
      inFlight.incrementAndGet();
      try {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 201) {
          return acknowledged(response.body(), type, marker, recordId);
        }
        if (!RETRIED.contains(status)) {
          throw new AssertionError(
              "POST " + path + " answered " + status + ": " + response.body() + "\nbody: " + body);
        }
        last = status + " " + response.body();
        failed("HTTP " + status, last);
      } catch (IOException e) {
        last = e.toString();
        failed(e.getClass().getSimpleName(), last);
      } finally {
        inFlight.decrementAndGet();
      }
      if (System.nanoTime() > giveUp) {
        throw new AssertionError(
            "POST " + path + " got no definitive answer in " + GIVE_UP_AFTER + "; last: " + last);
      }
      // Soon at first (a cut connection is replaced at once), then calmly while it restarts.
      Thread.sleep(Math.min(1000, 100L << Math.min(attempt, 4)));
    }
  }

  /**
   * Answers worth sending the same write again for: the server or its database failed (5xx), the
   * sign-in could not reach the database (401), the write met its own earlier attempt still running
   * (409), or the server shed load (429).
   */
  private static final Set<Integer> RETRIED = Set.of(401, 409, 429, 500, 502, 503, 504);

  private Ack acknowledged(String json, String type, String marker, @Nullable String recordId) {
    Ack ack =
        recordId == null
            ? new Ack(
                JsonPath.read(json, "$.id"), JsonPath.read(json, "$.events[0].seq"), type, marker)
            : new Ack(recordId, JsonPath.read(json, "$.seq"), type, marker);
    acks.add(ack);
    acked.incrementAndGet();
    return ack;
  }

  @Override
  public void close() {
    stopping = true;
    pool.shutdownNow();
  }
}
