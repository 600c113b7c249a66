package org.habeas.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.habeas.custody.CustodyRecords;
import org.habeas.demo.DemoRecords.PlannedRecord;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.ScopedClock;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data on the first start of an empty database ({@code habeas.demo.enabled}, on by
 * default; never in production): regions and facilities in Kazakhstan and England, users of every
 * role with the password {@value #PASSWORD}, and {@code habeas.demo.records} custody records over
 * the last 30 days, written through {@link CustodyRecords} as officers, doctors and investigators
 * would have written them.
 *
 * <p>This loader and the demo's others (training, monitoring, reports of a detention) always exist
 * and read {@code habeas.demo.enabled} when they run, not through a bean condition: Spring AOT
 * fixes the beans at build time, and the same AOT-processed jar must load the demo for {@code
 * ./habeas run} and stay empty in production ({@code HABEAS_DEMO=false}).
 */
@Component
@Order(0)
public class DemoData implements ApplicationRunner {

  /** The password of every demo user. */
  public static final String PASSWORD = "habeas-demo";

  /** A demo sign-in, for the start-up banner and the README. */
  public record SignIn(
      String username, String displayName, Role role, @Nullable String facilityId) {}

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  /** Each demo user as the request of a signed-in user would carry them. */
  private static final Map<String, Actor> ACTORS =
      DemoDirectory.USERS.stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  DemoDirectory.DemoUser::username,
                  u ->
                      new Actor(
                          u.username(),
                          u.displayName(),
                          u.role(),
                          u.facilityId(),
                          u.regionCode(),
                          u.language())));

  private final Users users;
  private final Facilities facilities;
  private final CustodyRecords records;
  private final DemoComplaints complaints;
  private final TransactionTemplate tx;
  private final ScopedClock clock;
  private final boolean enabled;
  private final int count;

  DemoData(
      Users users,
      Facilities facilities,
      CustodyRecords records,
      DemoComplaints complaints,
      PlatformTransactionManager transactions,
      ScopedClock clock,
      @Value("${habeas.demo.records:220}") int count,
      @Value("${habeas.demo.enabled:false}") boolean enabled) {
    this.enabled = enabled;
    this.users = users;
    this.facilities = facilities;
    this.records = records;
    this.complaints = complaints;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.count = count;
  }

  /**
   * Every demo sign-in: those docs/design/product.md names first, then an officer per other
   * facility.
   */
  public static List<SignIn> signIns() {
    return DemoDirectory.USERS.stream()
        .map(u -> new SignIn(u.username(), u.displayName(), u.role(), u.facilityId()))
        .toList();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    if (users.any()) {
      log.info("Demo data: the database already has users; nothing loaded");
      return;
    }
    long started = System.nanoTime();
    try {
      tx.executeWithoutResult(s -> places());
    } catch (DataIntegrityViolationException e) {
      log.info(
          "Demo data: its regions or facilities are already there (another instance loading"
              + " it?); nothing loaded here");
      return;
    }
    var plan = new ArrayList<>(DemoRecords.generate(clock.instant(), count));
    // Beside the generated records, which stay as they are: issue 16's record after release.
    plan.add(DemoAfterRelease.plan(clock.instant()));
    if (count > 0) {
      // Issue 16: a record continued at a remand prison, beside (never instead of) the others.
      plan.add(DemoRemand.record(clock.instant()));
    }
    log.info("Demo data: loading {} custody records (first start only)", plan.size());
    // Progress about every tenth of the records, so that a first start is seen to move.
    int step = Math.max(1, plan.size() / 10);
    var done = new AtomicInteger();
    var loaded = new AtomicInteger();
    var events = new AtomicInteger();
    var skipped = new AtomicInteger();
    // Hashing the passwords is slow on purpose: it runs beside the records, which need no user
    // row (an actor is who the demo directory says it is).
    int threads = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
    try (var pool = Executors.newFixedThreadPool(threads)) {
      pool.submit(
          () -> {
            try {
              tx.executeWithoutResult(s -> people());
            } catch (RuntimeException e) {
              log.warn("Demo data: users not created ({})", why(e), e);
            }
          });
      for (int i = 0; i < plan.size(); i++) {
        int n = i + 1;
        var record = plan.get(i);
        pool.submit(
            () -> {
              try {
                Integer stored = tx.execute(s -> write(record));
                events.addAndGet(stored == null ? 0 : stored);
                loaded.incrementAndGet();
              } catch (RuntimeException e) {
                skipped.incrementAndGet();
                // No personal data in the log: the record's number and the rule or error only.
                log.warn("Demo data: record {} of {} skipped ({})", n, plan.size(), why(e));
                log.debug("Demo data: record {} failed", n, e);
              }
              int finished = done.incrementAndGet();
              if (finished % step == 0 || finished == plan.size()) {
                log.info("Demo data: {}/{} records", finished, plan.size());
              }
            });
      }
    }
    // Issue 16 (kz): an ERDR refusal, a consul told against an asylum seeker's wish, a report not
    // registered; after the generated records, which stay as they were.
    for (var record : DemoKzCases.plan(clock.instant())) {
      try {
        Integer stored = tx.execute(s -> write(record));
        events.addAndGet(stored == null ? 0 : stored);
        loaded.incrementAndGet();
      } catch (RuntimeException e) {
        skipped.incrementAndGet();
        log.warn("Demo data: a kz case of issue 16 skipped ({})", why(e));
      }
    }
    int lodged = 0;
    try {
      lodged = complaints.load(clock.instant(), by -> DemoDirectory.known(ACTORS, by));
    } catch (RuntimeException e) {
      log.warn("Demo data: complaints not loaded ({})", why(e), e);
    }
    log.info("Demo data: {} complaints lodged (more were raised by custody allegations)", lodged);
    long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
    log.info(
        "Demo data: {} regions, {} facilities, {} users, {} custody records with {} events loaded"
            + " in {} ms{}",
        DemoDirectory.REGIONS.size(),
        DemoDirectory.FACILITIES.size(),
        DemoDirectory.USERS.size(),
        loaded.get(),
        events.get(),
        ms,
        skipped.get() == 0 ? "" : " (" + skipped.get() + " skipped)");
  }

  private void places() {
    DemoDirectory.REGIONS.forEach(facilities::addRegion);
    DemoDirectory.FACILITIES.stream().map(DemoNames::named).forEach(facilities::add);
  }

  private void people() {
    for (var u : DemoDirectory.USERS) {
      users.create(
          u.username(),
          PASSWORD,
          u.displayName(),
          u.role(),
          u.facilityId(),
          u.regionCode(),
          u.language());
    }
    users.setSupervisor("officer", true); // the duty sergeant of the Astana facility
  }

  /**
   * Stores one record's events, each as of the moment it was recorded (the clock set for this
   * thread while the call runs through the bean); returns how many.
   */
  private int write(PlannedRecord record) {
    var first = record.events().getFirst();
    String id =
        clock.at(
            Clock.fixed(first.recordedAt(), ZoneOffset.UTC),
            () ->
                records.open(
                    DemoDirectory.known(ACTORS, first.recordedBy()), record.apprehended()));
    for (var e : record.events().subList(1, record.events().size())) {
      clock.at(
          Clock.fixed(e.recordedAt(), ZoneOffset.UTC),
          () -> records.append(DemoDirectory.known(ACTORS, e.recordedBy()), id, e.event(), null));
    }
    return record.events().size();
  }

  private static String why(RuntimeException e) {
    if (e instanceof Problem p) {
      var fields = p.fields().stream().map(f -> f.field() + ": " + f.code()).toList();
      return p.code() + (p.rule() == null ? "" : " " + p.rule()) + " " + fields;
    }
    return e.getClass().getSimpleName();
  }
}
