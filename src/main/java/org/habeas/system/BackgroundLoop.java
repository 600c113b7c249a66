package org.habeas.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

/**
 * Work Habeas does in the background on a thread of its own, named by the loop: a pass every {@code
 * every} (fixed delay; zero or negative leaves the schedule off), from the moment the application
 * is ready (after the demo data) until it shuts down. A subclass says what a pass does; tests run
 * one with {@link #runOnce()}.
 *
 * <p>Its own thread rather than Spring's scheduling, so no loop waits behind another and nothing
 * has to be switched on elsewhere. A failed pass is counted and logged by the names of its
 * exceptions only (their messages can carry the data a pass was handling, names of detainees among
 * it), at most once a minute when it repeats, and the loop goes on. Each loop has a timer {@code
 * habeas.loop.pass} and a counter {@code habeas.loop.failures}, tagged {@code loop=<name>}. A pass
 * that several instances may run at once must be safe for it itself (row locks, SKIP LOCKED, unique
 * keys): the loop runs one pass at a time only within its instance.
 */
public abstract class BackgroundLoop
    implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);
  private static final Duration QUIET = Duration.ofMinutes(1);

  private final String name;
  private final Duration every;
  private final Timer passes;
  private final Counter failures;
  private final ReentrantLock oneAtATime = new ReentrantLock();
  private final AtomicBoolean soon = new AtomicBoolean();
  private final Object failureLog = new Object();
  private @Nullable ScheduledExecutorService executor;
  private boolean running;
  private boolean ready;
  private long lastFailureLogged;
  private int failuresUnsaid;

  protected BackgroundLoop(String name, Duration every, MeterRegistry meters) {
    this.name = name;
    this.every = every;
    this.passes =
        Timer.builder("habeas.loop.pass")
            .description("Passes of a background loop")
            .tag("loop", name)
            .register(meters);
    this.failures =
        Counter.builder("habeas.loop.failures")
            .description("Passes of a background loop that failed")
            .tag("loop", name)
            .register(meters);
  }

  /** One pass of the loop's work. */
  protected abstract void pass();

  /** The loop's name: its thread's and its meters' tag. */
  public String name() {
    return name;
  }

  /** Runs one pass now on the caller's thread (after any pass under way); a failure is thrown. */
  public void runOnce() {
    oneAtATime.lock();
    try {
      passes.record(this::pass);
    } catch (RuntimeException e) {
      failures.increment();
      throw e;
    } finally {
      oneAtATime.unlock();
    }
  }

  /**
   * Asks for a pass soon on the loop's thread; several asks before it runs make one pass. Asked
   * before the loop has started, the pass runs when it starts.
   */
  protected synchronized void soon() {
    if (soon.compareAndSet(false, true) && executor != null) {
      submitSoon(executor);
    }
  }

  /** Runs {@code task} on the loop's thread, between passes; dropped when the loop is not up. */
  protected synchronized void onLoopThread(Runnable task) {
    if (executor != null) {
      executor.execute(() -> guarded(task));
    }
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    synchronized (this) {
      ready = true;
      if (running) {
        launch();
      }
    }
  }

  @Override
  public synchronized void start() {
    running = true;
    if (ready) {
      launch();
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return running;
  }

  private void launch() {
    if (executor != null) {
      return;
    }
    var started =
        Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name(name).daemon().unstarted(task));
    if (every.isPositive()) {
      started.scheduleWithFixedDelay(
          () -> guarded(this::runOnce), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (soon.get()) {
      submitSoon(started);
    }
    executor = started;
  }

  private void submitSoon(ScheduledExecutorService on) {
    on.execute(
        () -> {
          soon.set(false);
          guarded(this::runOnce);
        });
  }

  /** Runs {@code task}, logging a failure instead of ending the loop's thread. */
  private void guarded(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  /** Logs a failure; one that repeats every pass is said once a minute, with how many were not. */
  private void failed(RuntimeException e) {
    synchronized (failureLog) {
      long now = System.nanoTime();
      if (lastFailureLogged != 0 && now - lastFailureLogged < QUIET.toNanos()) {
        failuresUnsaid++;
        return;
      }
      log.error(
          "{}: pass failed ({}){}; the loop goes on{}",
          name,
          describe(e),
          failuresUnsaid == 0 ? "" : ", " + failuresUnsaid + " more since the last said",
          every.isPositive() ? ", every " + every : "");
      lastFailureLogged = now;
      failuresUnsaid = 0;
    }
  }

  /**
   * The exception's chain by class names, with where in Habeas each arose: enough to find the
   * fault, and no message that could carry personal data.
   */
  static String describe(Throwable e) {
    var text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(t.getClass().getName());
      for (var frame : t.getStackTrace()) {
        if (frame.getClassName().startsWith("org.habeas.")) {
          text.append(" at ").append(frame);
          break;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }
}
