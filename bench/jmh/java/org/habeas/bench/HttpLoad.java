package org.habeas.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP load driver of the bench (JDK only: virtual threads and the JDK HttpClient).
 *
 * <pre>
 * HttpLoad token  BASE USER                         prints an API token (hb_…) for USER
 * HttpLoad ingest BASE TOKEN CLIENTS SECONDS RATE   RATE 0: closed loop, as fast as CLIENTS go;
 *                                                   else open loop at RATE events/s in total
 * HttpLoad pages  BASE USER USERS SECONDS [THINK]   board and record pages, signed in by form;
 *                                                   THINK (ms, default 0): each user waits a
 *                                                   random 0.5 to 1.5 times THINK between pages
 * HttpLoad wait   URL SECONDS                       waits for a 200, prints the milliseconds
 * </pre>
 *
 * Results are printed as {@code key=value} lines for bench/run.sh. Latency of the open loop is
 * measured from when a request was due, not when it was sent, so a stalled server is not hidden (no
 * coordinated omission).
 */
public final class HttpLoad {

  private static final String PASSWORD = "habeas-demo";
  private static final String[] FACILITIES = {"kz-ast-tdf1"};

  private HttpLoad() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "token" -> System.out.println(token(args[1], args[2]));
      case "ingest" ->
          ingest(
              args[1],
              args[2],
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              Integer.parseInt(args[5]));
      case "pages" ->
          pages(
              args[1],
              args[2],
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              args.length > 5 ? Integer.parseInt(args[5]) : 0);
      case "wait" -> waitFor(args[1], Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  // ---------------------------------------------------------------- sign-in

  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      Matcher m2 = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(html);
      if (!m2.find()) {
        throw new IllegalStateException("no CSRF token in the page");
      }
      return m2.group(1);
    }
    return m.group(1);
  }

  private static HttpClient signIn(String base, String user) throws Exception {
    HttpClient c = browser();
    String page = get(c, base + "/login").body();
    var r =
        postForm(
            c,
            base + "/login",
            Map.of("username", user, "password", PASSWORD, "_csrf", csrf(page)));
    if (r.statusCode() != 200 || r.uri().getPath().startsWith("/login")) {
      throw new IllegalStateException(
          "sign-in of " + user + " failed: " + r.statusCode() + " " + r.uri());
    }
    return c;
  }

  private static HttpResponse<String> get(HttpClient c, String url) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> postForm(HttpClient c, String url, Map<String, String> form)
      throws Exception {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return c.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in by form and creates a personal API token on the account page, as a user would. */
  static String token(String base, String user) throws Exception {
    HttpClient c = signIn(base, user);
    String account = get(c, base + "/account").body();
    var r =
        postForm(
            c,
            base + "/account/tokens",
            Map.of("name", "bench", "label", "bench", "_csrf", csrf(account)));
    Matcher m = Pattern.compile("hb_[A-Za-z0-9_\\-]+").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("no token on the account page (" + r.statusCode() + ")");
    }
    return m.group();
  }

  // ---------------------------------------------------------------- ingest

  /** One client's custody record in progress: the next event to send. */
  private static final class Session {
    final HttpClient http;
    final String base;
    final String token;
    String recordId;
    int step;
    Instant t0;

    Session(HttpClient http, String base, String token) {
      this.http = http;
      this.base = base;
      this.token = token;
    }

    /** Sends the next event of the record; returns true if it was stored (201). */
    boolean next() throws IOException, InterruptedException {
      if (recordId == null || step >= 10) {
        recordId = null;
        step = 0;
        t0 = Instant.now().minus(Duration.ofMinutes(30));
      }
      ThreadLocalRandom rnd = ThreadLocalRandom.current();
      Instant at = t0.plus(Duration.ofMinutes(step * 2L));
      String facility = FACILITIES[0];
      String body =
          switch (step) {
            case 0 ->
                "{\"type\":\"Apprehended\",\"occurredAt\":\"%s\",\"facilityId\":\"%s\",\"person\":{\"name\":\"Bench Person %d\",\"birthDate\":\"1990-04-01\",\"citizenship\":\"KZ\"},\"grounds\":\"caught in the act\",\"suspectedOffence\":\"art. 188\",\"indictable\":true,\"jurisdiction\":\"kz\"}"
                    .formatted(at, facility, rnd.nextInt(1_000_000));
            case 1 ->
                "{\"type\":\"ArrivedAtFacility\",\"occurredAt\":\"%s\",\"facilityId\":\"%s\"}"
                    .formatted(at, facility);
            case 2 ->
                "{\"type\":\"DetentionAuthorised\",\"occurredAt\":\"%s\",\"officer\":\"Insp. Bench\"}"
                    .formatted(at);
            case 3 ->
                "{\"type\":\"RightsExplained\",\"occurredAt\":\"%s\",\"language\":\"ru\",\"inWriting\":true,\"acknowledgedBySignature\":true}"
                    .formatted(at);
            case 4 ->
                "{\"type\":\"RelativeNotified\",\"occurredAt\":\"%s\",\"notifiedParty\":\"mother\",\"means\":\"telephone\"}"
                    .formatted(at);
            case 5 ->
                "{\"type\":\"LawyerNotified\",\"occurredAt\":\"%s\",\"lawyer\":\"A. Lawyer\"}"
                    .formatted(at);
            case 9 ->
                "{\"type\":\"Released\",\"occurredAt\":\"%s\",\"grounds\":\"no grounds to hold\"}"
                    .formatted(at);
            default ->
                "{\"type\":\"CellVisited\",\"occurredAt\":\"%s\",\"by\":\"PC Bench\",\"intoxicated\":false}"
                    .formatted(at);
          };
      String url =
          recordId == null
              ? base + "/api/v1/custody-records"
              : base + "/api/v1/custody-records/" + recordId + "/events";
      var r =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(30))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) {
        ERRORS.incrementAndGet();
        if (LAST_ERROR.get() == null) {
          LAST_ERROR.set(r.statusCode() + " " + r.body());
        }
        recordId = null; // start a new record
        step = 0;
        return false;
      }
      if (step == 0) {
        String loc = r.headers().firstValue("Location").orElseThrow();
        recordId = loc.substring(loc.lastIndexOf('/') + 1);
        RECORDS.add(recordId);
      }
      step++;
      return true;
    }
  }

  private static final AtomicLong ERRORS = new AtomicLong();
  private static final java.util.concurrent.atomic.AtomicReference<String> LAST_ERROR =
      new java.util.concurrent.atomic.AtomicReference<>();
  private static final java.util.Set<String> RECORDS = ConcurrentHashMap.newKeySet();

  static void ingest(String base, String token, int clients, int seconds, int rate)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    // Warm-up: a few records, not measured.
    Session warm = new Session(http, base, token);
    for (int i = 0; i < 40; i++) {
      warm.next();
    }
    ERRORS.set(0);
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(seconds).toNanos();
    List<long[]> latencies = new ArrayList<>();
    long[] counts = new long[clients];
    List<Thread> threads = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int me = c;
      long[] lat = new long[Math.max(1024, (rate > 0 ? rate / clients + 1 : 2000) * (seconds + 5))];
      latencies.add(lat);
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    Session s = new Session(http, base, token);
                    long interval = rate > 0 ? 1_000_000_000L * clients / rate : 0;
                    long due = start + (rate > 0 ? interval * me / clients : 0);
                    int n = 0;
                    try {
                      while (true) {
                        long now = System.nanoTime();
                        if (rate > 0) {
                          if (due >= end) {
                            break;
                          }
                          if (due > now) {
                            Thread.sleep(Duration.ofNanos(due - now));
                          }
                        } else if (now >= end) {
                          break;
                        }
                        long sent = rate > 0 ? due : System.nanoTime();
                        boolean ok = s.next();
                        long took = System.nanoTime() - sent;
                        if (ok) {
                          if (n == lat.length) {
                            break;
                          }
                          lat[n++] = took;
                        }
                        due += interval;
                      }
                    } catch (Exception e) {
                      ERRORS.incrementAndGet();
                      LAST_ERROR.compareAndSet(null, e.toString());
                    } finally {
                      counts[me] = n;
                      done.countDown();
                    }
                  }));
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long total = Arrays.stream(counts).sum();
    long[] all = new long[(int) total];
    int k = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies.get(c), 0, all, k, (int) counts[c]);
      k += (int) counts[c];
    }
    Arrays.sort(all);
    System.out.printf("events=%d%n", total);
    System.out.printf("seconds=%.2f%n", elapsed);
    System.out.printf("events_per_s=%.1f%n", total / elapsed);
    printPercentiles("", all);
    System.out.printf("errors=%d%n", ERRORS.get());
    if (LAST_ERROR.get() != null) {
      System.out.println("first_error=" + LAST_ERROR.get().replace('\n', ' '));
    }
    Path ids = Path.of(System.getProperty("bench.records", "/dev/null"));
    if (!ids.toString().equals("/dev/null")) {
      Files.write(ids, RECORDS);
    }
  }

  private static void printPercentiles(String prefix, long[] sorted) {
    System.out.printf("%sp50_ms=%.2f%n", prefix, pct(sorted, 0.50));
    System.out.printf("%sp95_ms=%.2f%n", prefix, pct(sorted, 0.95));
    System.out.printf("%sp99_ms=%.2f%n", prefix, pct(sorted, 0.99));
    System.out.printf("%scount=%d%n", prefix, sorted.length);
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }

  // ---------------------------------------------------------------- pages

  static void pages(String base, String user, int users, int seconds, int thinkMs)
      throws Exception {
    HttpClient api = browser();
    // Record ids to open: the board's links.
    HttpClient first = signIn(base, user);
    String board = get(first, base + "/custody").body();
    Matcher m = Pattern.compile("/custody/([0-9a-f\\-]{36})").matcher(board);
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      if (!ids.contains(m.group(1))) {
        ids.add(m.group(1));
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("the board shows no records");
    }
    List<HttpClient> sessions = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      sessions.add(signIn(base, user));
    }
    String[] kinds = {"board", "record", "health"};
    for (String kind : kinds) {
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      long[][] lat = new long[users][];
      int[] n = new int[users];
      CountDownLatch done = new CountDownLatch(users);
      for (int u = 0; u < users; u++) {
        int me = u;
        lat[u] = new long[200_000];
        HttpClient c = kind.equals("health") ? api : sessions.get(u);
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    // One unmeasured request first (connection set-up).
                    String warm = url(base, kind, ids, me);
                    get(c, warm);
                    if (thinkMs > 0) {
                      // Users arrive spread over one think time, not all in the same instant.
                      Thread.sleep(
                          (long) (thinkMs * java.util.concurrent.ThreadLocalRandom.current()
                              .nextDouble()));
                    }
                    while (System.nanoTime() < end && n[me] < lat[me].length) {
                      String url = url(base, kind, ids, n[me] + me);
                      long t = System.nanoTime();
                      var r = get(c, url);
                      long took = System.nanoTime() - t;
                      if (r.statusCode() != 200 || r.uri().getPath().startsWith("/login")) {
                        ERRORS.incrementAndGet();
                        LAST_ERROR.compareAndSet(null, kind + " " + r.statusCode() + " " + r.uri());
                        continue;
                      }
                      lat[me][n[me]++] = took;
                      if (thinkMs > 0) {
                        // A person reads the page before the next click.
                        Thread.sleep(
                            (long)
                                (thinkMs
                                    * (0.5 + java.util.concurrent.ThreadLocalRandom.current()
                                        .nextDouble())));
                      }
                    }
                  } catch (Exception e) {
                    ERRORS.incrementAndGet();
                    LAST_ERROR.compareAndSet(null, e.toString());
                  } finally {
                    done.countDown();
                  }
                });
      }
      done.await();
      int total = Arrays.stream(n).sum();
      long[] all = new long[total];
      int k = 0;
      for (int u = 0; u < users; u++) {
        System.arraycopy(lat[u], 0, all, k, n[u]);
        k += n[u];
      }
      Arrays.sort(all);
      printPercentiles(kind + "_", all);
      System.out.printf("%s_per_s=%.1f%n", kind, total / (double) seconds);
    }
    System.out.printf("errors=%d%n", ERRORS.get());
    if (LAST_ERROR.get() != null) {
      System.out.println("first_error=" + LAST_ERROR.get().replace('\n', ' '));
    }
  }

  private static String url(String base, String kind, List<String> ids, int i) {
    return switch (kind) {
      case "board" -> base + "/custody";
      case "record" -> base + "/custody/" + ids.get(Math.floorMod(i, ids.size()));
      default -> base + "/actuator/health/liveness";
    };
  }

  // ---------------------------------------------------------------- start-up

  static void waitFor(String url, int seconds) throws Exception {
    long start = System.nanoTime();
    HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = start + Duration.ofSeconds(seconds).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        var r =
            c.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          System.out.println("ready_ms=" + (System.nanoTime() - start) / 1_000_000);
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(20);
    }
    System.out.println("ready_ms=timeout");
    System.exit(1);
  }
}
