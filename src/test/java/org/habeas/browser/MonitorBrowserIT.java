package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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

  @LocalServerPort int port;

  @Test
  void monitorLandsOnTheOverviewAndFollowsANumberToItsList(@Autowired Users users)
      throws Exception {
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
    } finally {
      users.setLanguage("monitor", "en");
    }
  }
}
