package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The prosecutor's day in real Chromium: lands on the alert inbox, narrows it by rule and status,
 * ticks one record's group and acknowledges its alerts with one note, sees how many were
 * acknowledged and finds them among the acknowledged; the inbox in Kazakh and Russian shows no raw
 * codes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProsecutorBrowserIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private BrowserSession browser;
  private final String record = UUID.randomUUID().toString();
  private final String rule = "it.prosecutor-" + record.substring(0, 8);

  @BeforeEach
  void start() throws Exception {
    browser = BrowserSession.start(port, 1280, 1000);
  }

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void filtersAndAcknowledgesARecordsAlertsInBulk() throws Exception {
    var now = clock.instant();
    var ids =
        List.of(
            alert("BREACHED", now.minus(Duration.ofHours(2))),
            alert("APPROACHING", now.plus(Duration.ofHours(1))),
            alert("APPROACHING", now.plus(Duration.ofHours(30))));

    browser.signIn("prosecutor");
    browser.assertLandsOn("/alerts");
    browser.language("en");
    browser.screenshot("prosecutor-alerts-en.png");

    choose("filter-rule", rule);
    choose("filter-status", "open");
    waitUntil(() -> groups().size() == 1 && count().startsWith("3 alerts on 1 record"));
    var group = groups().getFirst();
    assertThat(group.getDomAttribute("id")).isEqualTo("group-" + record);

    group.findElement(By.cssSelector("[data-select-group]")).click();
    for (long id : ids) {
      assertThat(browser.driver.findElement(By.id("alert-" + id)).isSelected()).isTrue();
    }
    browser.driver.findElement(By.id("bulk-note")).sendKeys("Court informed; release ordered");
    browser.driver.findElement(By.id("acknowledge-selected")).click();
    browser.waitFor(By.id("bulk-result"));
    assertThat(browser.driver.findElement(By.id("bulk-result")).getText())
        .isEqualTo("3 alerts acknowledged with your note.");
    assertThat(groups()).isEmpty();

    choose("filter-status", "acknowledged");
    waitUntil(() -> groups().size() == 1);
    assertThat(groups().getFirst().findElements(By.cssSelector("tbody tr")))
        .hasSize(3)
        .allSatisfy(row -> assertThat(row.getText()).contains("Acknowledged"));
    assertThat(
            jdbc.sql(
                    "select count(*) from alert_event e join alert a on a.id = e.alert_id where"
                        + " a.record_id = ? and e.status = 'ACKNOWLEDGED' and e.by_user ="
                        + " 'prosecutor' and e.note = 'Court informed; release ordered'")
                .param(record)
                .query(Long.class)
                .single())
        .isEqualTo(3);

    browser.open("/alerts");
    browser.phone();
    browser.screenshot("prosecutor-alerts-phone.png");
    browser.desktop();
    browser.language("kk");
    browser.assertNoRawCodes(pseudonyms());
    browser.screenshot("prosecutor-alerts-kk.png");
    browser.open("/alerts?status=all");
    browser.language("ru");
    browser.assertNoRawCodes(pseudonyms());
    browser.screenshot("prosecutor-alerts-ru.png");
    browser.language("en");
  }

  /**
   * The hex of the records' pseudonyms on the page (D-F2A5F5B3): data, which {@link RawText} would
   * otherwise take for a Java name.
   */
  private String[] pseudonyms() {
    return browser.driver.findElements(By.cssSelector(".alert-group summary a")).stream()
        .map(a -> a.getText().replaceFirst("^D-", ""))
        .toArray(String[]::new);
  }

  private void choose(String select, String value) {
    new Select(browser.driver.findElement(By.id(select))).selectByValue(value);
  }

  private List<WebElement> groups() {
    return browser.driver.findElements(By.cssSelector("#inbox details.alert-group"));
  }

  private String count() {
    return browser.driver.findElement(By.id("alert-count")).getText();
  }

  private void waitUntil(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }

  /** An alert on the test's record at the Astana facility (the prosecutor's region). */
  private long alert(String kind, Instant due) {
    var key = "it:" + UUID.randomUUID();
    var at = Timestamp.from(clock.instant());
    jdbc.sql(
            "insert into alert (dedup_key, record_id, pseudonym, rule_id, kind, title_en,"
                + " title_ru, title_kk, basis, started_at, due_at, facility_id, region_code,"
                + " zone, raised_at, status) values (?, ?, ?, ?, ?, 'Court within 48 hours',"
                + " 'Суд в течение 48 часов', 'Сот 48 сағат ішінде', 'CPC art. 131', ?, ?,"
                + " 'kz-ast-tdf1', 'ast', 'Asia/Almaty', ?, 'OPEN')")
        .params(
            key,
            record,
            "D-" + record.substring(0, 6),
            rule,
            kind,
            Timestamp.from(due.minus(Duration.ofHours(48))),
            Timestamp.from(due),
            at)
        .update();
    long id =
        jdbc.sql("select id from alert where dedup_key = ?").param(key).query(Long.class).single();
    jdbc.sql("insert into alert_event (alert_id, status, by_user, note, at) values (?, ?, ?, ?, ?)")
        .params(id, "OPEN", null, null, at)
        .update();
    return id;
  }
}
