package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.custody.web.CustodyApiFixtures.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Locale;
import org.habeas.IntegrationTest;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordDeadlines;
import org.habeas.custody.RecordJudged;
import org.habeas.safeguards.Judgements;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 17: an append runs the safeguards engine once (in the listener that keeps the due index, on
 * the history the event carries), and the record page and board show what that one run judged: the
 * same legal limit and deadlines as the engine gives when asked afresh.
 */
@IntegrationTest
class EngineOncePerAppendTests {

  private static final Actor OFFICER =
      new Actor(
          "officer", "Serik Akhmetov", Role.CUSTODY_OFFICER, "kz-ast-tdf1", "ast", "en", true);

  @Autowired MockMvc mvc;
  @Autowired MeterRegistry meters;
  @Autowired CustodyRecords records;
  @Autowired RecordSafeguards safeguards;

  /**
   * Counts the engine's runs on this thread (RecordSafeguards logs each at debug): the statistics
   * thread may judge records at the same moment, so the global counter alone cannot tell.
   */
  private static final class Runs extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final Thread thread = Thread.currentThread();
    private final Logger logger = (Logger) LoggerFactory.getLogger(RecordSafeguards.class);
    private final Level before = logger.getLevel();
    private int count;

    Runs() {
      setName("engine-runs");
      start();
      logger.addAppender(this);
      logger.setLevel(Level.DEBUG);
    }

    @Override
    protected synchronized void append(ILoggingEvent e) {
      if (e.getThreadName().equals(thread.getName())
          && e.getFormattedMessage().startsWith("Safeguards: judged record")) {
        count++;
      }
    }

    synchronized int count() {
      return count;
    }

    @Override
    public void close() {
      logger.setLevel(before);
      logger.detachAppender(this);
      stop();
    }
  }

  private double evaluations() {
    return meters.get("habeas.safeguards.evaluations").counter().count();
  }

  @Test
  void anAppendOverTheApiRunsTheEngineOnce() throws Exception {
    var id = openRecord(mvc);
    double before = evaluations();
    try (var runs = new Runs()) {
      mvc.perform(
              postJson(
                  "officer",
                  "/api/v1/custody-records/" + id + "/events",
                  """
                  {"type":"ArrivedAtFacility","occurredAt":"%s","facilityId":"%s","cell":"B-3"}"""
                      .formatted(minutesAgo(50), ASTANA_TDF)))
          .andExpect(status().isCreated());
      assertThat(runs.count()).isEqualTo(1);
    }
    assertThat(evaluations()).isGreaterThanOrEqualTo(before + 1);
  }

  @Test
  void openingAndAppendingRunTheEngineOnceEach() throws Exception {
    try (var runs = new Runs()) {
      var id = openRecord(mvc);
      assertThat(runs.count()).isEqualTo(1);
      mvc.perform(
              postJson(
                  "officer",
                  "/api/v1/custody-records/" + id + "/events",
                  cellVisitedAt(minutesAgo(40))))
          .andExpect(status().isCreated());
      assertThat(runs.count()).isEqualTo(2);
    }
  }

  @Test
  void thePageAndTheBoardShowWhatTheEngineGivesAfresh() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                """
                {"type":"ArrivedAtFacility","occurredAt":"%s","facilityId":"%s","cell":"C-7"}"""
                    .formatted(minutesAgo(55), ASTANA_TDF)))
        .andExpect(status().isCreated());
    var json =
        mvc.perform(getAs("officer", "/api/v1/custody-records/" + id))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    var afresh = safeguards.evaluate(id, org.habeas.TestClock.now());
    var expected = Judgements.of(id, afresh, safeguards.profileOf(id));
    var legal = afresh.limit().orElseThrow().until();
    assertThat(Instant.parse(JsonPath.<String>read(json, "$.clock.limitAt"))).isEqualTo(legal);

    var view = records.view(OFFICER, id, null);
    assertThat(view.clock().until()).isEqualTo(legal);
    var coming = records.coming(view, Locale.forLanguageTag("ru"));
    assertSame(coming.cellCheck(), expected.cellCheck(), "ru");
    assertSame(coming.review(), expected.review(), "ru");
    assertSame(coming.next(), expected.next(), "ru");
    assertThat(coming.breached()).isEqualTo(expected.breached());

    var line =
        records
            .board(
                OFFICER, org.habeas.custody.RecordFilter.openAt("kz-ast-tdf1"), 500, Locale.ENGLISH)
            .stream()
            .filter(l -> l.id().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(line.limitAt()).isEqualTo(legal);
    assertSame(line.coming().cellCheck(), expected.cellCheck(), "en");
    assertSame(line.coming().review(), expected.review(), "en");
    assertSame(line.coming().next(), expected.next(), "en");
  }

  private static void assertSame(
      RecordDeadlines.@Nullable Due shown, RecordJudged.@Nullable Deadline afresh, String lang) {
    if (afresh == null) {
      assertThat(shown).isNull();
      return;
    }
    assertThat(shown).isNotNull();
    assertThat(shown.ruleId()).isEqualTo(afresh.ruleId());
    assertThat(shown.at()).isEqualTo(afresh.at());
    assertThat(shown.title()).isEqualTo(afresh.title(lang));
  }
}
