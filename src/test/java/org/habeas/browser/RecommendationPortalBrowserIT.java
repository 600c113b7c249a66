package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Anyone, without signing in, filters the public recommendations and finds the CSV link. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RecommendationPortalBrowserIT {

  @LocalServerPort int port;

  private BrowserSession browser;

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void thePublicFiltersByAgencyInTheirLanguage() throws Exception {
    browser = BrowserSession.start(port, 1280, 1000);
    var driver = browser.driver;
    browser.open("/public/recommendations");
    browser.waitFor(By.id("portal-list"));
    assertThat(driver.getCurrentUrl()).doesNotEndWith("/login");
    assertThat(driver.findElements(By.cssSelector(".portal-row")).size()).isGreaterThan(1);

    new Select(driver.findElement(By.id("filter-agency"))).selectByValue("interior");
    driver.findElement(By.id("filter-submit")).click();
    browser.waitFor(By.cssSelector(".portal-row"));
    var rows = driver.findElements(By.cssSelector(".portal-row"));
    assertThat(rows).isNotEmpty();
    rows.forEach(r -> assertThat(r.getDomAttribute("data-agency")).isEqualTo("interior"));
    assertThat(driver.findElement(By.id("csv-link")).getDomAttribute("href"))
        .isEqualTo("/public/recommendations.csv?agency=interior");

    driver.findElement(By.id("lang-kk")).click();
    browser.waitFor(By.id("portal-list"));
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("kk");
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Ұсынымдар және олардың орындалуы");
    assertThat(driver.findElements(By.cssSelector(".portal-row")))
        .allSatisfy(r -> assertThat(r.getDomAttribute("data-agency")).isEqualTo("interior"));
    browser.screenshot("recommendations-portal-kk.png");
  }
}
