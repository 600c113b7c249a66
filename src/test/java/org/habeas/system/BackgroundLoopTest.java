package org.habeas.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundLoopTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  /** A loop whose passes count themselves, failing while {@code failing} says so. */
  private class Counting extends BackgroundLoop {
    final AtomicInteger passes = new AtomicInteger();
    final CountDownLatch three = new CountDownLatch(3);
    volatile boolean failing;
    volatile String threadName = "";

    Counting(Duration every) {
      super("counting", every, meters);
    }

    @Override
    protected void pass() {
      passes.incrementAndGet();
      threadName = Thread.currentThread().getName();
      three.countDown();
      if (failing) {
        throw new IllegalStateException("Ivanov Ivan, born 1990-03-03");
      }
    }

    void askSoon() {
      soon();
    }
  }

  @Test
  void runsOnePassOnTheCallersThreadAndTimesIt() {
    var loop = new Counting(Duration.ZERO);
    loop.runOnce();
    assertThat(loop.passes).hasValue(1);
    assertThat(meters.get("habeas.loop.pass").tag("loop", "counting").timer().count()).isOne();
  }

  @Test
  void aFailedPassIsCountedAndThrownToTheCaller() {
    var loop = new Counting(Duration.ZERO);
    loop.failing = true;
    assertThatThrownBy(loop::runOnce).isInstanceOf(IllegalStateException.class);
    assertThat(meters.get("habeas.loop.failures").tag("loop", "counting").counter().count())
        .isOne();
  }

  @Test
  void startsWhenTheApplicationIsReadyAndGoesOnAfterAFailure() throws Exception {
    var loop = new Counting(Duration.ofMillis(10));
    loop.failing = true;
    loop.start();
    Thread.sleep(50);
    assertThat(loop.passes).as("not before the application is ready").hasValue(0);
    loop.onApplicationEvent(null);
    try {
      assertThat(loop.three.await(10, TimeUnit.SECONDS)).as("three passes, each failing").isTrue();
      assertThat(loop.threadName).isEqualTo("counting");
    } finally {
      loop.stop();
    }
    assertThat(loop.isRunning()).isFalse();
  }

  @Test
  void zeroLeavesTheScheduleOffButAPassAskedForRunsOnceStarted() throws Exception {
    var loop = new Counting(Duration.ZERO);
    loop.askSoon();
    loop.askSoon();
    loop.onApplicationEvent(null);
    loop.start();
    try {
      var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (loop.passes.get() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(100);
      assertThat(loop.passes).as("two asks before the start make one pass").hasValue(1);
    } finally {
      loop.stop();
    }
  }

  @Test
  void describesAFailureWithoutItsMessage() {
    var e = new IllegalStateException("Ivanov Ivan", new RuntimeException("IIN 900303300123"));
    var text = BackgroundLoop.describe(e);
    assertThat(text)
        .contains("java.lang.IllegalStateException", "java.lang.RuntimeException")
        .doesNotContain("Ivanov", "900303300123");
  }
}
