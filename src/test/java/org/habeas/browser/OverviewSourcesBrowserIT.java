package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The overview's several sources on a 390 px phone: the demo's detentions known without a record
 * and the records opened late fit the width, in each language, with no name on them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OverviewSourcesBrowserIT {

  @LocalServerPort int port;

  @Test
  void theSourcesSectionFitsAPhoneInEachLanguage() throws Exception {
    try (var browser = BrowserSession.start(port)) {
      browser.signIn("monitor");
      browser.phone();
      for (var lang : new String[] {"kk", "ru", "en"}) {
        browser.language(lang);
        browser.open("/overview");
        browser.waitFor(By.id("sources"));
        browser.assertFitsWidth();
        browser.assertNoRawCodes("Habeas");
        ((JavascriptExecutor) browser.driver)
            .executeScript("document.getElementById('sources').scrollIntoView()");
        browser.screenshot("overview-sources-phone-" + lang + ".png");
      }
      assertThat(browser.driver.findElements(By.cssSelector("#sources-unrecorded tbody tr")))
          .isNotEmpty();
    }
  }
}
