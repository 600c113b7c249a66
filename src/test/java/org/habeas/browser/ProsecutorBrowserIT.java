package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.InjuryRecorded;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.NotificationSubject;
import org.habeas.custody.Person;
import org.habeas.custody.ProsecutorNotified;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
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
 * codes. On a record, the prosecutor registers a report of ill-treatment in the ERDR (issue 16).
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
   * A report of ill-treatment shown to the prosecutor and not registered: the prosecutor records
   * its registration in the ERDR on the record page, in Russian, is told in Russian that a
   * registration needs its number (keeping what was typed), and then sees the number on the
   * timeline and the obligation met; the form in Kazakh and at phone width.
   */
  @Test
  void registersAReportOfIllTreatmentInTheErdr(
      @Autowired CustodyRecords records, @Autowired Facilities facilities) throws Exception {
    var officer =
        new Actor(
            "officer", "Serik Akhmetov", Role.CUSTODY_OFFICER, "kz-ast-tdf1", "ast", "en", true);
    var now = clock.instant();
    var zone = facilities.find("kz-ast-tdf1").orElseThrow().zone();
    var input = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    var id =
        records.open(
            officer,
            new Apprehended(
                now.minus(Duration.ofHours(6)),
                "kz-ast-tdf1",
                new Person("Askar Registrov", LocalDate.of(1991, 7, 7), null, "KZ", "ru"),
                "caught in the act",
                null,
                null,
                Jurisdiction.KZ));
    records.append(
        officer,
        id,
        new InjuryRecorded(now.minus(Duration.ofHours(5)), "bruise on the cheek", "Sgt. Omarov"),
        null);
    records.append(
        officer,
        id,
        new ProsecutorNotified(
            now.minus(Duration.ofHours(4)),
            "Astana prosecutor",
            "in writing",
            NotificationSubject.ILL_TREATMENT),
        null);

    browser.signIn("prosecutor");
    browser.language("ru");
    browser.open("/custody/" + id);
    browser.waitFor(By.id("timeline"));
    var d = browser.driver;
    assertThat(obligation("kz.ill-treatment-registered").getDomAttribute("data-status"))
        .isEqualTo("PENDING");

    new Select(d.findElement(By.id("form-type"))).selectByValue("ReportRegistered");
    new WebDriverWait(d, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(
            x ->
                "ReportRegistered"
                    .equals(
                        x.findElement(By.cssSelector("#event-form input[name=type]"))
                            .getDomProperty("value")));
    var form = d.findElement(By.id("event-form")).getText();
    assertThat(form).contains("Номер ЕРДР", "Причина отказа", "Кто принял решение");
    browser.setValue(
        "f-occurredAt",
        input.format(LocalDateTime.ofInstant(now.minus(Duration.ofHours(1)), zone)));
    new Select(d.findElement(By.id("f-outcome"))).selectByValue("registered");
    d.findElement(By.id("f-decidedBy")).sendKeys("Д. Омаров, прокуратура г. Астаны");
    d.findElement(By.id("save-event")).click();
    browser.waitFor(By.cssSelector(".field-error"));
    assertThat(d.findElement(By.cssSelector(".field-error")).getText())
        .contains("обязательно, если сообщение зарегистрировано");
    assertThat(d.findElement(By.id("f-decidedBy")).getDomProperty("value"))
        .isEqualTo("Д. Омаров, прокуратура г. Астаны");
    browser.assertNoRawCodes();
    showForm();
    browser.screenshot("prosecutor-erdr-error-ru.png");

    d.findElement(By.id("f-erdrNumber")).sendKeys("261500031000123");
    d.findElement(By.id("save-event")).click();
    browser.waitFor(By.id("event-4"));
    assertThat(d.findElement(By.id("event-4")).getText())
        .contains("Регистрация в ЕРДР", "зарегистрировано", "261500031000123");
    assertThat(obligation("kz.ill-treatment-registered").getDomAttribute("data-status"))
        .isEqualTo("MET");
    browser.assertNoRawCodes();
    browser.script("arguments[0].scrollIntoView();", d.findElement(By.id("event-4")));
    browser.screenshot("prosecutor-erdr-registered-ru.png");

    browser.language("kk");
    new Select(d.findElement(By.id("form-type"))).selectByValue("ReportRegistered");
    new WebDriverWait(d, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(x -> x.findElement(By.id("event-form")).getText().contains("СДТБТ нөмірі"));
    assertThat(d.findElement(By.id("event-form")).getText())
        .contains("Бас тарту себебі", "Шешім қабылдаған");
    browser.assertNoRawCodes();
    showForm();
    browser.screenshot("prosecutor-erdr-form-kk.png");
    browser.phone();
    browser.assertFitsWidth();
    showForm();
    browser.screenshot("prosecutor-erdr-form-kk-390.png");
    browser.desktop();
    browser.language("en");
  }

  /**
   * Issue 16: the region's prosecutor finds the detention reported this morning in Astana that no
   * record acknowledged, alerted, and opens it; in English, Russian and Kazakh and at phone width.
   */
  @Test
  void findsAReportedDetentionThatNoRecordAcknowledged() throws Exception {
    var d = browser.driver;
    browser.signIn("prosecutor");
    browser.open("/detention-reports");
    browser.waitFor(By.id("reports"));
    var alerted = d.findElements(By.cssSelector("#reports tr[data-state=ALERTED] a"));
    assertThat(alerted).as("the demo's unacknowledged Astana report").isNotEmpty();
    browser.assertNoRawCodes();
    browser.screenshot("prosecutor-detention-reports-en.png");
    alerted.getFirst().click();
    browser.waitFor(By.tagName("h1"));
    assertThat(d.getCurrentUrl()).contains("/detention-reports/");
    browser.assertNoRawCodes();
    browser.screenshot("prosecutor-detention-report-en.png");
    browser.language("ru");
    browser.assertNoRawCodes();
    // The law behind the 3 h limit, in the reader's language.
    assertThat(d.findElement(By.tagName("main")).getText()).contains("ч. 1 ст. 131 УПК РК");
    browser.screenshot("prosecutor-detention-report-ru.png");
    browser.phone();
    browser.driver.navigate().refresh();
    browser.waitFor(By.tagName("h1"));
    browser.assertFitsWidth();
    browser.screenshot("prosecutor-detention-report-ru-390.png");
    browser.language("kk");
    browser.open("/detention-reports");
    browser.waitFor(By.id("reports"));
    browser.assertNoRawCodes();
    browser.assertFitsWidth();
    browser.screenshot("prosecutor-detention-reports-kk-390.png");
    browser.desktop();
    browser.language("en");
  }

  /** Scrolls the event form into view, for the screenshot. */
  private void showForm() {
    browser.script(
        "arguments[0].scrollIntoView();", browser.driver.findElement(By.id("event-form")));
  }

  private WebElement obligation(String ruleId) {
    return browser.driver.findElement(By.cssSelector("tr[data-rule='" + ruleId + "']"));
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

  private void waitUntil(BooleanSupplier condition) {
    browser.waitUntil(d -> condition.getAsBoolean());
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
