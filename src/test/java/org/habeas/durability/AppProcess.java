package org.habeas.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/habeas.jar}) as a child process of the test, so that the
 * test can do to it what an operating system can: kill it with SIGKILL in the middle of its work
 * and start it again on the same database and ledger key. Each start writes its output to a file of
 * its own, whose tail a failing test prints.
 */
final class AppProcess implements AutoCloseable {

  private static final Duration READY_WITHIN = Duration.ofMinutes(5);

  private final Path jar;
  private final int port;
  private final List<String> arguments;
  private final Path logDir;
  private final List<Path> logs = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private Process process;

  /**
   * @param arguments the application's own arguments ({@code --name=value}), the same at each start
   */
  AppProcess(Path jar, int port, List<String> arguments, Path logDir) {
    this.jar = jar;
    this.port = port;
    this.arguments = List.copyOf(arguments);
    this.logDir = logDir;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Starts the application and waits until it accepts traffic (after its start-up runners). */
  void start() throws Exception {
    assertThat(process == null || !process.isAlive())
        .as("the application is already running")
        .isTrue();
    Files.createDirectories(logDir);
    Path log = logDir.resolve("app-" + (logs.size() + 1) + ".log");
    logs.add(log);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString()));
    command.add("--server.port=" + port);
    command.addAll(arguments);
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    // The suite's own database settings must not leak into the child: it gets its own below.
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("SPRING_") || k.startsWith("HABEAS_"));
    long started = System.nanoTime();
    process = builder.start();
    System.out.println("[crash] started the application, pid " + process.pid() + ", log " + log);
    awaitReady();
    System.out.printf(
        "[crash] the application is ready after %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    var probe =
        HttpRequest.newBuilder(base().resolve("/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the application exited with status " + process.exitValue() + " while starting");
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the application was not ready within " + READY_WITHIN);
  }

  /** SIGKILL: the JVM gets no chance to finish a request, commit, or run a shutdown hook. */
  void kill() throws InterruptedException {
    long pid = process.pid();
    // On Linux Process.destroyForcibly() sends SIGKILL (destroy() sends SIGTERM).
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed process gone").isTrue();
    System.out.println(
        "[crash] killed pid " + pid + " with SIGKILL, exit status " + process.exitValue());
    assertThat(process.exitValue()).as("exit status after SIGKILL").isEqualTo(128 + 9);
  }

  /** SIGTERM: a clean stop, as an operator's service manager would do it. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("the application did not stop within 60 s of SIGTERM");
    }
    System.out.println("[crash] stopped cleanly, exit status " + process.exitValue());
    return process.exitValue();
  }

  /** The last lines of each start's output, for a failure message. */
  String logTails(int lines) {
    var text = new StringBuilder();
    for (Path log : logs) {
      text.append("----- ").append(log).append(" (last ").append(lines).append(" lines)\n");
      try {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        all.subList(Math.max(0, all.size() - lines), all.size())
            .forEach(l -> text.append(l).append('\n'));
      } catch (IOException e) {
        text.append("(unreadable: ").append(e.getMessage()).append(")\n");
      }
    }
    return text.toString();
  }

  /** Lines of the outputs that match, for the summary (errors the application logged). */
  long countLines(String fragment) {
    long count = 0;
    for (Path log : logs) {
      try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
        count += lines.filter(l -> l.contains(fragment)).count();
      } catch (IOException | java.io.UncheckedIOException e) {
        // A log that cannot be read counts nothing.
      }
    }
    return count;
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
