package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.habeas.TestClock;
import org.habeas.system.Facilities;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A custody officer's day in real Chromium with JavaScript on (issue 15): land on the board, open a
 * record, find it by the person's IIN, record the arrival in a cell, rights, the lawyer, the
 * medical examination, a transfer and the release, each through the htmx-swapped form; meet an
 * impossible event in words and local time; read the board and the record in Kazakh and Russian.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CustodyOfficerBrowserIT {

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final String IIN = "940211300456";

  @LocalServerPort int port;

  @Test
  void officerWorksFromTheBoardThroughArrivalToRelease(@Autowired Facilities facilities)
      throws Exception {
    var zone = facilities.find("kz-ast-tdf1").orElseThrow().zone();
    var now = LocalDateTime.now(TestClock.CLOCK.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
    try (var b = BrowserSession.start(port, 1280, 1000)) {
      var d = b.driver;
      b.signIn("officer");
      b.assertLandsOn("/custody/board");
      assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Custody board");
      assertThat(d.findElements(By.cssSelector("#board a.record-link"))).isNotEmpty();
      b.screenshot("officer-board-en.png");

      // Open a record: the profile comes from the facility (the demo officer, a supervisor, may
      // change it).
      d.findElement(By.id("open-record")).click();
      b.waitFor(By.id("new-record"));
      assertThat(
              new Select(d.findElement(By.id("f-jurisdiction")))
                  .getFirstSelectedOption()
                  .getDomAttribute("value"))
          .isEqualTo("kz");
      b.setValue("f-occurredAt", INPUT.format(now.minusHours(3)));
      d.findElement(By.id("f-person-name")).sendKeys("Aidos Browser-Test");
      b.setValue("f-person-birthDate", "1994-02-11");
      d.findElement(By.id("f-person-nationalId")).sendKeys(IIN);
      d.findElement(By.id("f-grounds")).sendKeys("caught in the act");
      d.findElement(By.cssSelector("#new-record button[type=submit]")).click();
      b.waitFor(By.id("timeline"));

      // Back on the board, find the person by IIN (htmx) and open the record from there.
      b.open("/custody/board");
      d.findElement(By.id("board-q")).sendKeys(IIN);
      d.findElement(By.id("board-search-go")).click();
      new WebDriverWait(d, Duration.ofSeconds(15))
          .ignoring(StaleElementReferenceException.class)
          .until(x -> x.findElements(By.cssSelector("#board a.record-link")).size() == 1);
      var link = d.findElement(By.cssSelector("#board a.record-link"));
      assertThat(link.getText()).isEqualTo("Aidos Browser-Test");
      link.click();
      b.waitFor(By.id("timeline"));
      assertThat(d.findElement(By.id("person-name")).getText()).isEqualTo("Aidos Browser-Test");

      // Arrival, with the facility list and the zone the htmx fragment used to lose.
      chooseEventType(b, "ArrivedAtFacility");
      assertThat(d.findElement(By.id("event-form")).getText()).doesNotContain("(null)");
      assertThat(new Select(d.findElement(By.id("f-facilityId"))).getOptions())
          .hasSizeGreaterThan(3);
      new Select(d.findElement(By.id("f-facilityId"))).selectByValue("kz-ast-tdf1");
      b.setValue("f-occurredAt", INPUT.format(now.minusMinutes(170)));
      d.findElement(By.id("f-cell")).sendKeys("A-5");
      save(b, 2);
      assertThat(d.findElement(By.id("record-cell")).getText()).isEqualTo("A-5");

      chooseEventType(b, "RightsExplained");
      b.setValue("f-occurredAt", INPUT.format(now.minusMinutes(160)));
      d.findElement(By.id("f-language")).sendKeys("kk");
      new Select(d.findElement(By.id("f-inWriting"))).selectByValue("true");
      new Select(d.findElement(By.id("f-acknowledgedBySignature"))).selectByValue("true");
      save(b, 3);

      chooseEventType(b, "LawyerNotified");
      b.setValue("f-occurredAt", INPUT.format(now.minusMinutes(150)));
      d.findElement(By.id("f-lawyer")).sendKeys("Gulnara Tasheva");
      save(b, 4);

      chooseEventType(b, "LawyerArrived");
      b.setValue("f-occurredAt", INPUT.format(now.minusMinutes(120)));
      d.findElement(By.id("f-lawyer")).sendKeys("Gulnara Tasheva");
      save(b, 5);

      chooseEventType(b, "MedicalExaminationCompleted");
      b.setValue("f-occurredAt", INPUT.format(now.minusMinutes(110)));
      d.findElement(By.id("f-doctor")).sendKeys("Dr. Seitkali");
      new Select(d.findElement(By.id("f-injuriesFound"))).selectByValue("false");
      save(b, 6);

      // An impossible event: a cell visit dated tomorrow. The error is in words, in local time.
      chooseEventType(b, "CellVisited");
      b.setValue("f-occurredAt", INPUT.format(now.plusDays(1)));
      d.findElement(By.id("f-by")).sendKeys("Sgt. Nurlanov");
      d.findElement(By.id("save-event")).click();
      b.waitFor(By.cssSelector(".field-error"));
      assertThat(d.findElement(By.cssSelector(".field-error")).getText())
          .contains("(" + zone.getId() + ")")
          .doesNotContainPattern("\\d\\d:\\d\\d:\\d\\d");
      assertThat(d.findElement(By.id("f-by")).getDomProperty("value")).isEqualTo("Sgt. Nurlanov");

      chooseEventType(b, "Transferred");
      assertThat(d.findElement(By.id("event-form")).getText()).doesNotContain("(null)");
      new Select(d.findElement(By.id("f-toFacilityId"))).selectByValue("kz-ast-sizo1");
      b.setValue("f-occurredAt", INPUT.format(now.minusMinutes(60)));
      save(b, 7);

      chooseEventType(b, "Released");
      b.setValue("f-occurredAt", INPUT.format(now.minusMinutes(30)));
      d.findElement(By.id("f-grounds")).sendKeys("no grounds to hold");
      save(b, 8);
      assertThat(d.findElement(By.id("record-status")).getText()).isEqualTo("closed");
      b.screenshot("officer-record-en.png");

      // The record in Kazakh, the board in Russian: words everywhere, no codes.
      b.language("kk");
      b.waitFor(By.id("timeline"));
      b.assertNoRawCodes();
      b.screenshot("officer-record-kk.png");
      b.open("/custody/board");
      b.assertNoRawCodes();
      b.screenshot("officer-board-kk.png");
      b.language("ru");
      b.assertNoRawCodes();
      b.screenshot("officer-board-ru.png");
      b.phone();
      b.open("/custody/board");
      b.assertFitsWidth();
      b.screenshot("officer-board-390.png");
      b.desktop();
      b.language("en");
    }
  }

  /**
   * Issue 16: the officer hands a remanded man over to Remand Prison No. 1; its officer records his
   * arrival there, which continues the same record, and finds him on the prison's board, in Kazakh,
   * Russian and English and at phone width.
   */
  @Test
  void theRemandPrisonRecordsTheArrivalAndHoldsThePersonOnItsBoard(@Autowired Facilities facilities)
      throws Exception {
    var zone = facilities.find("kz-ast-tdf1").orElseThrow().zone();
    var now = LocalDateTime.now(TestClock.CLOCK.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
    String recordPath;
    try (var b = BrowserSession.start(port, 1280, 1000)) {
      var d = b.driver;
      b.signIn("officer");
      b.open("/custody/new");
      b.waitFor(By.id("new-record"));
      b.setValue("f-occurredAt", INPUT.format(now.minusHours(30)));
      d.findElement(By.id("f-person-name")).sendKeys("Yerlan Remand-Test");
      b.setValue("f-person-birthDate", "1991-07-03");
      d.findElement(By.id("f-grounds")).sendKeys("caught in the act");
      d.findElement(By.cssSelector("#new-record button[type=submit]")).click();
      b.waitFor(By.id("timeline"));
      recordPath = b.path();

      chooseEventType(b, "ArrivedAtFacility");
      new Select(d.findElement(By.id("f-facilityId"))).selectByValue("kz-ast-tdf1");
      b.setValue("f-occurredAt", INPUT.format(now.minusHours(29)));
      save(b, 2);
      chooseEventType(b, "RemandOrdered");
      b.setValue("f-occurredAt", INPUT.format(now.minusHours(6)));
      d.findElement(By.id("f-court")).sendKeys("Investigative Court of Almaty District, Astana");
      save(b, 3);
      chooseEventType(b, "Transferred");
      new Select(d.findElement(By.id("f-toFacilityId"))).selectByValue("kz-ast-sizo1");
      b.setValue("f-occurredAt", INPUT.format(now.minusHours(4)));
      save(b, 4);
      assertThat(d.findElement(By.id("record-status")).getText()).isEqualTo("closed");
    }
    try (var b = BrowserSession.start(port, 1280, 1000)) {
      var d = b.driver;
      b.signIn("officer-ast-sizo1");
      b.open(recordPath);
      b.waitFor(By.id("timeline"));
      chooseEventType(b, "ArrivedAtFacility");
      new Select(d.findElement(By.id("f-facilityId"))).selectByValue("kz-ast-sizo1");
      b.setValue("f-occurredAt", INPUT.format(now.minusHours(3)));
      d.findElement(By.id("f-cell")).sendKeys("2-14");
      save(b, 5);
      b.waitFor(By.id("record-phase"));
      assertThat(d.findElement(By.id("record-status")).getText())
          .isEqualTo("тергеу изоляторында күзетпен");
      assertThat(d.findElement(By.cssSelector("#event-5 .phase-start")).getText()).isNotBlank();
      b.assertNoRawCodes();
      b.screenshot("remand-record-kk.png");

      b.open("/custody/board");
      assertThat(d.findElement(By.id("board")).getText()).contains("Yerlan Remand-Test");
      b.assertNoRawCodes();
      b.screenshot("remand-board-kk.png");
      b.language("ru");
      assertThat(d.findElement(By.id("board")).getText()).contains("под стражей в СИЗО");
      b.assertNoRawCodes();
      b.screenshot("remand-board-ru.png");
      b.language("en");
      assertThat(d.findElement(By.id("board")).getText()).contains("held on remand");
      b.assertNoRawCodes();
      b.screenshot("remand-board-en.png");
      b.phone();
      b.open("/custody/board");
      b.assertFitsWidth();
      b.screenshot("remand-board-390.png");
      b.open(recordPath);
      b.waitFor(By.id("timeline"));
      b.assertFitsWidth();
      b.screenshot("remand-record-390.png");
      b.desktop();
      b.language("kk");
    }
  }

  /**
   * Issue 16: the England and Wales custody officer charges a person and refuses bail through the
   * record page; the timeline says so in words and the clock turns to the first court sitting after
   * charge; the form's labels in Russian and Kazakh, and the record at phone width.
   */
  @Test
  void ewOfficerRecordsAChargeWithBailRefused(@Autowired Facilities facilities) throws Exception {
    var zone = facilities.find("ew-met-cs1").orElseThrow().zone();
    var now = LocalDateTime.now(TestClock.CLOCK.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
    try (var b = BrowserSession.start(port, 1280, 1000)) {
      var d = b.driver;
      b.signIn("officer-ew");
      b.assertLandsOn("/custody/board");
      d.findElement(By.id("open-record")).click();
      b.waitFor(By.id("new-record"));
      // The profile comes from the facility; this officer is no supervisor and may not change it.
      assertThat(d.findElement(By.id("f-jurisdiction")).getDomProperty("value")).isEqualTo("ew");
      b.setValue("f-occurredAt", INPUT.format(now.minusHours(20)));
      d.findElement(By.id("f-person-name")).sendKeys("Connor Charge-Test");
      b.setValue("f-person-birthDate", "1994-05-17");
      d.findElement(By.id("f-grounds")).sendKeys("PACE s.24(5)(e)");
      new Select(d.findElement(By.id("f-indictable"))).selectByValue("true");
      d.findElement(By.cssSelector("#new-record button[type=submit]")).click();
      b.waitFor(By.id("timeline"));

      chooseEventType(b, "Charged");
      assertThat(d.findElement(By.id("event-form")).getText())
          .contains("Offence charged", "Charged by (name, rank)", "Bail", "Note")
          .doesNotContain("(null)");
      assertThat(new Select(d.findElement(By.id("f-bail"))).getOptions())
          .extracting(o -> o.getText())
          .contains("bail refused (held for court)", "bail granted");
      b.setValue("f-occurredAt", INPUT.format(now.minusHours(2)));
      d.findElement(By.id("f-offence")).sendKeys("Burglary (Theft Act 1968 s.9)");
      d.findElement(By.id("f-chargedBy")).sendKeys("PS 2291 James O'Neill, custody sergeant");
      new Select(d.findElement(By.id("f-bail"))).selectByValue("refused");
      d.findElement(By.id("f-note")).sendKeys("Likely to fail to surrender");
      save(b, 2);
      assertThat(d.findElement(By.id("event-2")).getText())
          .contains("Charged", "Burglary", "bail refused (held for court)");
      assertThat(d.findElement(By.id("safeguards")).getText())
          .contains("before the first court sitting after charge");
      b.assertNoRawCodes();
      b.screenshot("officer-ew-charged-en.png");

      b.language("ru");
      b.waitFor(By.id("timeline"));
      b.assertNoRawCodes();
      assertThat(d.findElement(By.id("event-2")).getText())
          .contains("Предъявлено обвинение", "в освобождении под залог отказано");
      chooseEventType(b, "Charged");
      assertThat(d.findElement(By.id("event-form")).getText())
          .contains("Обвинение (преступление)", "Залог");
      b.screenshot("officer-ew-charged-ru.png");
      b.language("kk");
      b.waitFor(By.id("timeline"));
      b.assertNoRawCodes();
      assertThat(d.findElement(By.id("event-2")).getText()).contains("Айып тағылды");
      chooseEventType(b, "Charged");
      assertThat(d.findElement(By.id("event-form")).getText()).contains("Кепіл");
      b.screenshot("officer-ew-charged-kk.png");
      b.phone();
      b.driver.navigate().refresh();
      b.waitFor(By.id("timeline"));
      b.assertFitsWidth();
      b.script("document.getElementById('event-2').scrollIntoView();");
      b.screenshot("officer-ew-charged-kk-390.png");
      b.desktop();
      b.language("en");
    }
  }

  /** Picks an event type; htmx swaps in that type's form without reloading the page. */
  private static void chooseEventType(BrowserSession b, String type) {
    new Select(b.driver.findElement(By.id("form-type"))).selectByValue(type);
    new WebDriverWait(b.driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                type.equals(
                    d.findElement(By.cssSelector("#event-form input[name=type]"))
                        .getDomProperty("value")));
  }

  /** Saves the event form and waits for the event on the timeline. */
  private static void save(BrowserSession b, int seq) {
    b.driver.findElement(By.id("save-event")).click();
    b.waitFor(By.id("event-" + seq));
  }
}
