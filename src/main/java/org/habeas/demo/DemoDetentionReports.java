package org.habeas.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.detentionreports.DetentionReport;
import org.habeas.detentionreports.DetentionReports;
import org.habeas.detentionreports.ReporterRelation;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.habeas.system.ScopedClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's reports of a detention (issue 16), loaded after the custody records into a demo
 * database that has none yet, and leaving every other demo record as it is: a relative's report
 * from Almaty two days ago that no record acknowledged within the 3 hours (alerted, complaint
 * raised), followed by a record opened late; and a report from Astana this morning still without
 * any record (alerted, complaint raised).
 */
@Component
@Order(2)
class DemoDetentionReports implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDetentionReports.class);
  private static final ZoneId KZ = ZoneId.of("Asia/Almaty");

  private final DetentionReports reports;
  private final CustodyRecords records;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final ScopedClock clock;
  private final boolean enabled;

  DemoDetentionReports(
      DetentionReports reports,
      CustodyRecords records,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      ScopedClock clock,
      @Value("${habeas.demo.enabled:false}") boolean enabled) {
    this.enabled = enabled;
    this.reports = reports;
    this.records = records;
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    boolean facilities =
        jdbc.sql("select count(*) from facility where id in ('kz-alm-tdf1', 'kz-ast-pd2')")
                .query(Long.class)
                .single()
            == 2;
    boolean none =
        jdbc.sql("select count(*) from detention_report").query(Long.class).single() == 0;
    if (!facilities || !none) {
      return;
    }
    try {
      var now = clock.instant();
      tx.executeWithoutResult(s -> late(now));
      tx.executeWithoutResult(s -> unacknowledged(now));
      log.info("Demo data: 2 reports of a detention loaded");
    } catch (RuntimeException e) {
      log.warn("Demo data: reports of a detention not loaded ({})", e.getClass().getName(), e);
    }
  }

  /** Reported two days ago, alerted 3 h after "since", the record opened 5 h 10 min after it. */
  private void late(Instant now) {
    var since = now.minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
    var reportedAt = since.plus(Duration.ofMinutes(40));
    var made =
        clock.at(
            Clock.fixed(reportedAt, KZ),
            () ->
                reports.reportAsIs(
                    new DetentionReport(
                        "Руслан Бекұлы Ахметов",
                        LocalDate.of(1995, 3, 14),
                        null,
                        "kz-alm-tdf1",
                        null,
                        null,
                        LocalDateTime.ofInstant(since, KZ),
                        "Мой брат был задержан у дома сотрудниками полиции и увезён. В отделе говорят,"
                            + " что его у них нет.",
                        ReporterRelation.RELATIVE,
                        "Динара Ахметова",
                        "+7 701 555 1234",
                        null),
                    "public"));
    var due = since.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(1));
    clock.at(Clock.fixed(due, KZ), () -> reports.sweepOne(made.id(), due));
    var opened = reportedAt.plus(Duration.ofHours(5)).plus(Duration.ofMinutes(10));
    clock.at(
        Clock.fixed(opened, KZ),
        () ->
            records.open(
                new Actor(
                    "officer-alm",
                    "Askar Dzhaksybekov",
                    Role.CUSTODY_OFFICER,
                    "kz-alm-tdf1",
                    "alm",
                    "ru"),
                new Apprehended(
                    since,
                    "kz-alm-tdf1",
                    new Person(
                        "Руслан Бекұлы Ахметов", LocalDate.of(1995, 3, 14), null, "KZ", "kk"),
                    "suspected of theft (CC art. 188)",
                    "CC art. 188",
                    null,
                    Jurisdiction.KZ)));
  }

  /** Reported this morning in Astana; no record: alerted and complained of. */
  private void unacknowledged(Instant now) {
    var since = now.minus(Duration.ofHours(6)).truncatedTo(ChronoUnit.MINUTES);
    var reportedAt = since.plus(Duration.ofHours(1));
    var made =
        clock.at(
            Clock.fixed(reportedAt, KZ),
            () ->
                reports.reportAsIs(
                    new DetentionReport(
                        "Нұржан Серікұлы Омаров",
                        LocalDate.of(2001, 11, 2),
                        null,
                        null,
                        "Патрульная машина, ул. Кенесары 40",
                        "ast",
                        LocalDateTime.ofInstant(since, KZ),
                        "Видел, как двое полицейских посадили его в машину после митинга.",
                        ReporterRelation.WITNESS,
                        null,
                        null,
                        null),
                    "public"));
    var due = since.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(1));
    clock.at(Clock.fixed(due, KZ), () -> reports.sweepOne(made.id(), due));
  }
}
