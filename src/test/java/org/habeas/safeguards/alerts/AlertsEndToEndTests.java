package org.habeas.safeguards.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.alerts.AlertFixtures.COURT_48H;
import static org.habeas.safeguards.alerts.AlertFixtures.PERSON;
import static org.habeas.safeguards.alerts.AlertFixtures.apprehendedAgo;
import static org.habeas.safeguards.alerts.AlertFixtures.getAs;
import static org.habeas.safeguards.alerts.AlertFixtures.postJson;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.habeas.IntegrationTest;
import org.habeas.custody.CustodyRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A deadline passes and the alert reaches the prosecutor and monitors three ways: the inbox, an
 * e-mail through a real SMTP server, and a signed webhook to a real HTTP server. The ports are the
 * ones application-test.properties names.
 */
@IntegrationTest
class AlertsEndToEndTests {

  static final int SMTP_PORT = 3925;
  static final int WEBHOOK_PORT = 18931;
  static final String SECRET = "test-webhook-secret";

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static WebhookReceiver webhooks;

  @Autowired MockMvc mvc;
  @Autowired AlertSweep sweep;
  @Autowired DueIndex index;
  @Autowired JdbcClient jdbc;
  @Autowired Deliveries deliveries;
  @Autowired Dispatch dispatch;
  @Autowired AlertSettings settings;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @BeforeAll
  static void startWebhookEndpoint() throws Exception {
    webhooks = WebhookReceiver.start(WEBHOOK_PORT);
  }

  /** Records the test opened, released afterwards so that they leave the officers' boards. */
  private final List<String> opened = new java.util.ArrayList<>();

  private String opened(Duration ago) throws Exception {
    var record = apprehendedAgo(mvc, ago);
    opened.add(record);
    return record;
  }

  @org.junit.jupiter.api.AfterEach
  void releaseWhatWasOpened() throws Exception {
    for (var record : opened) {
      AlertFixtures.release(mvc, record); // refused for one released already, which is fine
    }
  }

  @AfterAll
  static void stopWebhookEndpoint() {
    webhooks.close();
  }

  @Test
  void breachedCourtDeadlineReachesInboxMailAndWebhook() throws Exception {
    var record = opened(Duration.ofHours(49));

    sweep.sweep();

    var inbox = alertsOf("prosecutor", "open", record);
    assertThat(inbox).extracting(a -> a.get("ruleId")).contains(COURT_48H);
    var court = inbox.stream().filter(a -> a.get("ruleId").equals(COURT_48H)).findFirst().get();
    assertThat(court.get("kind")).isEqualTo("BREACHED");
    assertThat(court.get("pseudonym")).isEqualTo(CustodyRecords.pseudonym(record));
    assertThat(court.get("title")).isEqualTo("Released or a court decision within 48 hours");
    var zone =
        jdbc.sql("select zone from facility where id = ?")
            .param(AlertFixtures.ASTANA_TDF)
            .query(String.class)
            .single();
    assertThat(court.get("zone")).isEqualTo(zone);
    assertThat((String) court.get("dueLocal"))
        .isEqualTo(
            java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                Instant.parse((String) court.get("dueAt")).atZone(java.time.ZoneId.of(zone))));
    assertThat(court.toString()).doesNotContain(PERSON);
    assertThat(alertsOf("monitor", "open", record))
        .extracting(a -> a.get("id"))
        .contains(court.get("id"));

    var mail =
        List.of(smtp.getReceivedMessages()).stream()
            .filter(m -> text(m).contains(record))
            .filter(m -> subject(m).contains("deadline breached: Released or a court decision"))
            .toList();
    // The SMTP server keeps one copy per recipient of the one message.
    assertThat(mail.stream().map(AlertsEndToEndTests::messageId).distinct()).hasSize(1);
    assertThat(subject(mail.getFirst())).contains(CustodyRecords.pseudonym(record));
    assertThat(GreenMailUtil.getAddressList(mail.getFirst().getAllRecipients()))
        .contains("prosecutors@habeas.test", "monitors@habeas.test");
    assertThat(GreenMailUtil.getWholeMessage(mail.getFirst())).doesNotContain(PERSON);

    var hooks =
        webhooks.received().stream()
            .filter(h -> h.body().contains(record) && h.body().contains(COURT_48H))
            .filter(h -> h.body().contains("\"kind\":\"BREACHED\""))
            .toList();
    assertThat(hooks).hasSize(1);
    var hook = hooks.getFirst();
    var expected = "sha256=" + hmac(hook.header("X-Habeas-Timestamp") + "." + hook.body());
    assertThat(hook.header("X-Habeas-Signature")).isEqualTo(expected);
    assertThat(hook.body()).doesNotContain(PERSON);
  }

  @Test
  void sweepingAgainSendsNothingTwice() throws Exception {
    var record = opened(Duration.ofHours(49));
    sweep.sweep();
    sweep.sweep();

    assertThat(alertRows(record, COURT_48H)).isEqualTo(1);
    assertThat(deliveries(record)).containsEntry("MAIL", deliveries(record).get("WEBHOOK"));
    assertThat(
            webhooks.received().stream()
                .filter(h -> h.body().contains(record) && h.body().contains(COURT_48H))
                .count())
        .isEqualTo(1);
  }

  @Test
  void warnsAheadOfTheDeadlineWithinTheLeadTime() throws Exception {
    var record = opened(Duration.ofHours(47).plusMinutes(30));

    sweep.sweep();

    var court =
        alertsOf("prosecutor", "open", record).stream()
            .filter(a -> a.get("ruleId").equals(COURT_48H))
            .toList();
    assertThat(court).extracting(a -> a.get("kind")).containsExactly("APPROACHING");
    // Looked at again when the deadline itself passes, not at every sweep before.
    assertThat(index.checkAt(record)).get().matches(t -> t.isAfter(org.habeas.TestClock.now()));
  }

  @Test
  void twoSweepersRacingRaiseEachAlertOnce() throws Exception {
    var record = opened(Duration.ofHours(50));
    var start = new CountDownLatch(1);
    Callable<AlertSweep.Result> racer =
        () -> {
          start.await();
          return sweep.sweep();
        };
    try (var pool = Executors.newFixedThreadPool(2)) {
      var a = pool.submit(racer);
      var b = pool.submit(racer);
      start.countDown();
      a.get();
      b.get();
    }

    assertThat(alertRows(record, COURT_48H)).isEqualTo(1);
    var perKey =
        jdbc.sql("select count(*) from alert where record_id = ? group by dedup_key")
            .param(record)
            .query(Long.class)
            .list();
    assertThat(perKey).isNotEmpty().allMatch(n -> n == 1);
    var alerts = perKey.size();
    assertThat(deliveries(record))
        .containsEntry("MAIL", (long) alerts)
        .containsEntry("WEBHOOK", (long) alerts);
    assertThat(webhooks.received().stream().filter(h -> h.body().contains(record)).count())
        .as(
            () ->
                jdbc.sql(
                        "select d.* from alert_delivery d join alert a on a.id = d.alert_id"
                            + " where a.record_id = ?")
                    .param(record)
                    .query()
                    .listOfRows()
                    .toString())
        .isEqualTo(alerts);
  }

  @Test
  void acknowledgingAndResolvingAreKeptAsHistory() throws Exception {
    var record = opened(Duration.ofHours(49));
    sweep.sweep();
    var id =
        alertsOf("prosecutor", "open", record).stream()
            .filter(a -> a.get("ruleId").equals(COURT_48H))
            .findFirst()
            .orElseThrow()
            .get("id");

    mvc.perform(postJson("prosecutor", "/api/v1/alerts/" + id + "/acknowledge", "{\"note\":\"\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            postJson(
                "prosecutor",
                "/api/v1/alerts/" + id + "/acknowledge",
                "{\"note\":\"Called the facility; hearing at 15:00\"}"))
        .andExpect(status().isOk());
    assertThat(alertsOf("prosecutor", "acknowledged", record))
        .extracting(a -> a.get("id"))
        .contains(id);
    mvc.perform(postJson("officer", "/api/v1/alerts/" + id + "/resolve", "{}"))
        .andExpect(status().isForbidden());
    mvc.perform(postJson("monitor", "/api/v1/alerts/" + id + "/resolve", "{}"))
        .andExpect(status().isOk());

    assertThat(alertsOf("prosecutor", "open", record))
        .extracting(a -> a.get("id"))
        .doesNotContain(id);
    assertThat(
            jdbc.sql("select status from alert_event where alert_id = ? order by id")
                .param(((Number) id).longValue())
                .query(String.class)
                .list())
        .containsExactly("OPEN", "ACKNOWLEDGED", "RESOLVED");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                jdbc.sql("update alert_event set note = 'rewritten' where alert_id = ?")
                    .param(((Number) id).longValue())
                    .update())
        .as("an alert's history is append-only in the database")
        .isInstanceOf(org.springframework.dao.DataAccessException.class);
  }

  /**
   * Runs the dispatcher at {@code at} until it has tried the alert's delivery once more. Deliveries
   * are claimed in batches, oldest due first: others may fall due before this one (the demo's
   * alerts), so it may take a few batches to reach it.
   */
  private void tried(long alert, java.time.Instant at, int attemptsBefore) {
    var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
    for (int batch = 0;
        batch < 50 && deliveries.of(alert).getLast().attempts() == attemptsBefore;
        batch++) {
      if (tx.execute(s -> dispatch.deliverDue(at)) == 0) {
        return;
      }
    }
  }

  @Test
  void retriesAFailedDeliveryWithDoublingWaitsThenGivesUp() throws Exception {
    var record = opened(Duration.ofHours(49));
    sweep.sweep();
    long alert =
        jdbc.sql("select min(id) from alert where record_id = ?")
            .param(record)
            .query(Long.class)
            .single();
    var now = org.habeas.TestClock.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    deliveries.enqueue(alert, Delivery.WEBHOOK, "http://127.0.0.1:1/not-configured", now);

    tried(alert, now, 0);
    var first = deliveries.of(alert).getLast();
    assertThat(first.status()).isEqualTo("PENDING");
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttemptAt()).isEqualTo(now.plus(settings.retryAfter()));
    assertThat(first.lastError()).contains("no longer configured");

    var at = first.nextAttemptAt();
    for (int attempt = 2; attempt <= settings.maxAttempts(); attempt++) {
      var due = at;
      tried(alert, due, attempt - 1);
      var d = deliveries.of(alert).getLast();
      assertThat(d.attempts()).isEqualTo(attempt);
      if (d.nextAttemptAt() != null) {
        assertThat(Duration.between(due, d.nextAttemptAt()))
            .isEqualTo(settings.retryAfter().multipliedBy(1L << (attempt - 1)));
        at = d.nextAttemptAt();
      }
    }
    var last = deliveries.of(alert).getLast();
    assertThat(last.status()).isEqualTo("FAILED");
    assertThat(last.nextAttemptAt()).isNull();
  }

  @Test
  void aReleasedRecordLeavesTheIndex() throws Exception {
    var record = opened(Duration.ofMinutes(10));
    assertThat(index.checkAt(record)).get().matches(t -> t.isAfter(org.habeas.TestClock.now()));

    AlertFixtures.releasedNow(mvc, record);

    assertThat(index.checkAt(record)).isEmpty();
  }

  @Test
  void inboxPageAndDeliveryLogShow() throws Exception {
    var record = opened(Duration.ofHours(49));
    sweep.sweep();
    mvc.perform(page("prosecutor", "/alerts?status=open"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString(CustodyRecords.pseudonym(record))));
    mvc.perform(page("admin", "/alerts/deliveries")).andExpect(status().isOk());
    mvc.perform(page("prosecutor", "/alerts/deliveries")).andExpect(status().isForbidden());
    mvc.perform(page("officer", "/alerts")).andExpect(status().isForbidden());
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder page(
      String user, String path) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
        .with(
            org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(user)
                .password(AlertFixtures.PASSWORD))
        .header("Accept-Language", "en");
  }

  private List<Map<String, Object>> alertsOf(String user, String status, String record)
      throws Exception {
    var body =
        mvc.perform(getAs(user, "/api/v1/alerts?size=200&status=" + status))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    List<Map<String, Object>> items = JsonPath.read(body, "$.items");
    return items.stream().filter(a -> record.equals(a.get("recordId"))).toList();
  }

  private long alertRows(String record, String rule) {
    return jdbc.sql("select count(*) from alert where record_id = ? and rule_id = ?")
        .params(record, rule)
        .query(Long.class)
        .single();
  }

  private Map<String, Long> deliveries(String record) {
    return jdbc
        .sql(
            "select d.channel, count(*) from alert_delivery d join alert a on a.id = d.alert_id"
                + " where a.record_id = ? group by d.channel")
        .param(record)
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static String text(jakarta.mail.internet.MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageId(jakarta.mail.internet.MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(jakarta.mail.internet.MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hmac(String data) throws Exception {
    var mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }
}
