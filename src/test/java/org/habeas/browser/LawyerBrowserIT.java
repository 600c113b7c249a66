package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.habeas.TestClock;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.LawyerNotified;
import org.habeas.custody.Person;
import org.habeas.custody.Released;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A defence lawyer's day in real Chromium (issue 15): land on their clients, open a client's
 * record, see the detention clock, and be offered no police form, in English, Kazakh and Russian.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LawyerBrowserIT {

  @LocalServerPort int port;

  @Test
  void lawyerSeesTheClockOfAClientAndNoPoliceForm(@Autowired CustodyRecords records)
      throws Exception {
    var officer =
        new Actor(
            "officer", "Serik Akhmetov", Role.CUSTODY_OFFICER, "kz-ast-tdf1", "ast", "en", true);
    var now = TestClock.now();
    var id =
        records.open(
            officer,
            new Apprehended(
                now.minus(Duration.ofHours(5)),
                "kz-ast-tdf1",
                new Person("Nurlan Clientov", LocalDate.of(1988, 3, 3), null, "KZ", "ru"),
                "caught in the act",
                null,
                null,
                Jurisdiction.KZ));
    records.append(
        officer, id, new LawyerNotified(now.minus(Duration.ofHours(4)), "Gulnara Tasheva"), null);

    try (var b = BrowserSession.start(port, 1280, 1000)) {
      var d = b.driver;
      b.signIn("lawyer");
      b.assertLandsOn("/custody/clients");
      var language = d.findElement(By.tagName("html")).getDomAttribute("lang");
      b.language("en");
      b.screenshot("lawyer-clients-en.png");
      var link = d.findElement(By.cssSelector("a.client-link[href$='" + id + "']"));
      assertThat(link.getText()).isEqualTo("Nurlan Clientov");
      link.click();
      b.waitFor(By.id("timeline"));

      // The clock, prominently: time held, time left, the next deadline.
      assertThat(d.findElement(By.id("clock")).getDomAttribute("class")).contains("prominent");
      assertThat(d.findElement(By.id("clock-left")).getText()).contains("left to the legal limit");
      assertThat(d.findElements(By.id("clock-next"))).isNotEmpty();

      // No police form: only what a lawyer may record, and nothing to correct.
      var offered =
          new Select(d.findElement(By.id("form-type")))
              .getOptions().stream().map(o -> o.getDomAttribute("value")).toList();
      assertThat(offered).containsExactly("AllegationMade");
      assertThat(d.findElements(By.cssSelector(".correct-link"))).isEmpty();
      b.screenshot("lawyer-record-en.png");

      b.language("kk");
      b.assertNoRawCodes();
      b.screenshot("lawyer-record-kk.png");
      b.open("/custody/clients");
      b.language("ru");
      b.assertNoRawCodes();
      b.screenshot("lawyer-clients-ru.png");
      b.phone();
      b.assertFitsWidth();
      b.screenshot("lawyer-clients-390.png");
      b.desktop();
      b.language(language == null ? "en" : language);
    }
  }

  /**
   * Issue 16: a client released yesterday tells the lawyer he was beaten. The record page offers
   * the lawyer the allegation, under "After the release"; saved, it is marked "after release" on
   * the timeline, in English, Kazakh and Russian, and at phone width.
   */
  @Test
  void lawyerRecordsAnAllegationAfterTheClientsRelease(
      @Autowired CustodyRecords records, @Autowired Facilities facilities) throws Exception {
    var officer =
        new Actor(
            "officer", "Serik Akhmetov", Role.CUSTODY_OFFICER, "kz-ast-tdf1", "ast", "en", true);
    var now = TestClock.now().truncatedTo(ChronoUnit.MINUTES);
    var id =
        records.open(
            officer,
            new Apprehended(
                now.minus(Duration.ofHours(30)),
                "kz-ast-tdf1",
                new Person("Arman Releasedov", LocalDate.of(1990, 6, 6), null, "KZ", "ru"),
                "caught in the act",
                null,
                null,
                Jurisdiction.KZ));
    records.append(
        officer, id, new LawyerNotified(now.minus(Duration.ofHours(29)), "Gulnara Tasheva"), null);
    records.append(
        officer, id, new Released(now.minus(Duration.ofHours(22)), "no grounds to hold"), null);
    var zone = facilities.find("kz-ast-tdf1").orElseThrow().zone();
    var told =
        LocalDateTime.ofInstant(now.minus(Duration.ofHours(2)), zone)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));

    try (var b = BrowserSession.start(port, 1280, 1000)) {
      var d = b.driver;
      b.signIn("lawyer");
      var language = d.findElement(By.tagName("html")).getDomAttribute("lang");
      b.language("en");
      b.open("/custody/" + id);
      b.waitFor(By.id("timeline"));

      // Only the allegation, offered as what can follow a release.
      var select = new Select(d.findElement(By.id("form-type")));
      assertThat(select.getOptions().stream().map(o -> o.getDomAttribute("value")).toList())
          .containsExactly("AllegationMade");
      assertThat(d.findElement(By.id("after-release-types")).getDomAttribute("label"))
          .isEqualTo("After the release");

      b.setValue("f-occurredAt", told);
      d.findElement(By.id("f-against")).sendKeys("officers of the TDF");
      d.findElement(By.id("f-description")).sendKeys("beaten in the cell the night before release");
      d.findElement(By.id("save-event")).click();
      b.waitFor(By.cssSelector("#timeline .after-release"));
      var marked =
          d.findElements(By.cssSelector("#timeline li")).stream()
              .filter(li -> !li.findElements(By.cssSelector(".after-release")).isEmpty())
              .map(li -> li.findElement(By.cssSelector(".event-type")).getText())
              .toList();
      assertThat(marked).containsExactly("Allegation of ill-treatment made");
      assertThat(d.findElement(By.cssSelector("#timeline .after-release")).getText())
          .isEqualTo("after release");
      b.script(
          "document.querySelector(\'#timeline .after-release\').scrollIntoView({block: \'center\'});");
      b.screenshot("lawyer-after-release-en.png");

      b.language("kk");
      b.assertNoRawCodes();
      assertThat(d.findElement(By.cssSelector("#timeline .after-release")).getText())
          .isEqualTo("босатылғаннан кейін");
      b.script(
          "document.querySelector(\'#timeline .after-release\').scrollIntoView({block: \'center\'});");
      b.screenshot("lawyer-after-release-kk.png");
      b.language("ru");
      b.assertNoRawCodes();
      assertThat(d.findElement(By.cssSelector("#timeline .after-release")).getText())
          .isEqualTo("после освобождения");
      b.script(
          "document.querySelector(\'#timeline .after-release\').scrollIntoView({block: \'center\'});");
      b.screenshot("lawyer-after-release-ru.png");
      b.phone();
      b.assertFitsWidth();
      b.script(
          "document.querySelector(\'#timeline .after-release\').scrollIntoView({block: \'center\'});");
      b.screenshot("lawyer-after-release-390.png");
      b.desktop();
      b.language(language == null ? "en" : language);
    }
  }
}
