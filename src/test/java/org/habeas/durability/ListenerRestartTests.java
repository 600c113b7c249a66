package org.habeas.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.habeas.Application;
import org.habeas.Publications;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CellVisited;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.system.Users;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A crash between the custody write's commit and a listener loses nothing (issue 17): training's
 * listener is killed mid-way through noting a cell visit (the database refuses its row, so its
 * transaction dies with the work half done), the application stops with the publication incomplete
 * in Spring Modulith's event publication registry, and a new application on the same database
 * completes it at start-up: the visit is noted, the registry empty of it.
 *
 * <p>Two applications of its own, one after the other, on an H2 file of its own ({@code
 * target/h2/listener-restart}, fresh each run), or on the PostgreSQL database {@code
 * SPRING_DATASOURCE_URL} names when the suite runs on PostgreSQL.
 */
class ListenerRestartTests {

  private static final String KILLER = "K-17 Killed Midway";
  private static final String TRAINING = "training.note-handled";

  @Test
  void aListenerKilledMidWayIsCompletedByTheNextStart() throws IOException {
    String record;
    try (var first = start()) {
      var jdbc = first.getBean(JdbcClient.class);
      Publications.awaitCompleted(jdbc, Duration.ofMinutes(3)); // the demo data's own listeners
      var clock = first.getBean(Clock.class);
      var officer = first.getBean(Users.class).find("officer").orElseThrow();
      var records = first.getBean(CustodyRecords.class);
      var at = clock.instant().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
      record =
          records.open(
              officer,
              new Apprehended(
                  at,
                  "kz-ast-tdf1",
                  new Person("Restart Person", LocalDate.of(1990, 3, 3), null, "KZ", "kk"),
                  "caught in the act",
                  null,
                  null,
                  Jurisdiction.KZ));
      Publications.awaitCompleted(jdbc);

      jdbc.sql(
              "alter table training_handled add constraint listener_restart_kill check (staff_ref <> '"
                  + KILLER
                  + "')")
          .update();
      try {
        records.append(officer, record, new CellVisited(at.plusSeconds(1800), KILLER, false), 1);
        Publications.awaitCompleted(jdbc); // every listener has run; training's died mid-way
        assertThat(incomplete(jdbc, record)).containsExactly(TRAINING);
        assertThat(noted(jdbc, record)).containsExactly("1 recorder");
      } finally {
        jdbc.sql("alter table training_handled drop constraint listener_restart_kill").update();
      }
    }

    try (var second = start()) {
      var jdbc = second.getBean(JdbcClient.class);
      Publications.awaitCompleted(jdbc, Duration.ofMinutes(3)); // resubmitted at start-up
      assertThat(incomplete(jdbc, record)).as("the publication is completed").isEmpty();
      assertThat(noted(jdbc, record)).containsExactly("1 recorder", "2 cell-visit", "2 recorder");
    }
  }

  /** The application on this test's database, started as the suite's profile starts it. */
  private static ConfigurableApplicationContext start() throws IOException {
    var args = new ArrayList<>(List.of("--server.port=0", "--habeas.demo.records=4"));
    if (System.getenv("SPRING_DATASOURCE_URL") == null) {
      args.add("--spring.datasource.url=jdbc:h2:file:" + database() + H2_MODE);
    }
    return new SpringApplicationBuilder(Application.class)
        .profiles("test")
        .run(args.toArray(String[]::new));
  }

  private static final String H2_MODE =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private static Path fresh;

  /** The H2 file, emptied before the first start of this run. */
  private static synchronized Path database() throws IOException {
    if (fresh == null) {
      var dir = Path.of(System.getenv().getOrDefault("HABEAS_BUILD_DIR", "target"), "h2");
      Files.createDirectories(dir);
      fresh = dir.resolve("listener-restart").toAbsolutePath();
      for (var suffix : List.of(".mv.db", ".trace.db")) {
        Files.deleteIfExists(Path.of(fresh + suffix));
      }
    }
    return fresh;
  }

  private static List<String> incomplete(JdbcClient jdbc, String record) {
    return jdbc.sql(
            "select listener_id from event_publication where completion_date is null"
                + " and serialized_event like ?")
        .param("%" + record + "%")
        .query(String.class)
        .list();
  }

  private static List<String> noted(JdbcClient jdbc, String record) {
    return jdbc.sql(
            "select seq, capacity from training_handled where record_id = ? order by seq, capacity")
        .param(record)
        .query((rs, i) -> rs.getInt(1) + " " + rs.getString(2))
        .list();
  }
}
