package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.habeas.complaints.ComplainantRole;
import org.habeas.complaints.ComplaintIntake;
import org.habeas.complaints.ContactPreference;
import org.habeas.complaints.Intake;
import org.habeas.system.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The monitor's day starts on the overview: numbers that open the filtered lists, in Kazakh and
 * Russian too, on a phone as well.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MonitorBrowserIT {

  private static final String MARKER = "zqstillheld";

  @LocalServerPort int port;

  @Test
  void monitorLandsOnTheOverviewAndFollowsANumberToItsList(
      @Autowired Users users, @Autowired ComplaintIntake complaints) throws Exception {
    try (var browser = BrowserSession.start(port, 1280, 1000)) {
      browser.signIn("monitor");
      browser.assertLandsOn("/overview");
      browser.waitFor(By.id("overview"));
      assertThat(browser.driver.findElements(By.cssSelector("#overview tbody tr")))
          .hasSizeGreaterThanOrEqualTo(7);
      browser.screenshot("monitor-overview-en.png");

      browser.language("kk");
      browser.assertNoRawCodes("Habeas");
      browser.language("ru");
      browser.assertNoRawCodes("Habeas");
      browser.language("en");

      browser.phone();
      browser.open("/overview");
      browser.waitFor(By.id("overview"));
      browser.assertFitsWidth();
      browser.screenshot("monitor-overview-phone-en.png");
      browser.desktop();

      // The overdue complaints number opens the complaints list filtered to them.
      browser.open("/overview");
      browser.waitFor(By.id("complaints-overdue-link"));
      browser.driver.findElement(By.id("complaints-overdue-link")).click();
      browser.waitFor(By.tagName("h1"));
      var url = URI.create(browser.driver.getCurrentUrl());
      assertThat(url.getPath()).isEqualTo("/complaints");
      assertThat(url.getQuery()).contains("overdue=true");

      // A complaint from a person still held comes first, marked, due within hours (kk, ru, en).
      var lodged =
          complaints.lodgePublic(
              new Intake(
                  ComplainantRole.RELATIVE,
                  null,
                  null,
                  ContactPreference.NONE,
                  null,
                  "My brother is beaten in the cell and still held there " + MARKER,
                  null,
                  "kz-ast-tdf1",
                  null,
                  null,
                  null,
                  true,
                  null),
              List.of(),
              "10.99.0.1",
              "en");
      for (var lang : List.of("kk", "ru", "en")) {
        browser.language(lang);
        browser.open("/complaints?q=" + MARKER);
        browser.waitFor(By.cssSelector("tbody .still-held"));
        var row = browser.driver.findElement(By.cssSelector("tbody tr"));
        assertThat(row.getText()).contains(lodged.reference());
        assertThat(row.findElements(By.cssSelector(".still-held"))).hasSize(1);
        browser.assertNoRawCodes("Habeas");
        browser.screenshot("monitor-complaints-still-held-" + lang + ".png");
      }
      browser.open("/complaints");
      browser.screenshot("monitor-complaints-inbox-en.png");
      browser.phone();
      browser.open("/complaints");
      browser.waitFor(By.cssSelector("tbody .still-held"));
      browser.assertFitsWidth();
      browser.screenshot("monitor-complaints-still-held-phone-en.png");
      browser.open("/complaints/" + lodged.id());
      browser.waitFor(By.id("still-held-deadline"));
      browser.assertFitsWidth();
      browser.screenshot("monitor-complaint-still-held-phone-en.png");
      browser.desktop();
    } finally {
      users.setLanguage("monitor", "en");
    }
  }
}
