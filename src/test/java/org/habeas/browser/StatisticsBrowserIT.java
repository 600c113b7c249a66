package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public in real Chromium, without signing in: the statistics page with its charts and tables,
 * then the open-data page and a CSV download that shows no count under 5.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StatisticsBrowserIT {

  @LocalServerPort int port;

  private BrowserSession browser;
  private WebDriver driver;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = BrowserSession.start(port);
    driver = browser.driver;
  }

  @AfterEach
  void stopBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void thePublicReadsTheStatisticsAndDownloadsOpenData() throws Exception {
    browser.open("/statistics/public");
    waitFor(By.id("panel-detentions"));
    assertThat(driver.getCurrentUrl()).endsWith("/statistics/public");
    // Each chart has its data as a table beneath it.
    var panel = driver.findElement(By.id("panel-detentions"));
    assertThat(panel.findElements(By.cssSelector("svg[role=img] title"))).isNotEmpty();
    assertThat(panel.findElements(By.cssSelector("table tbody tr"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#panel-map svg [data-region=ast]"))).hasSize(1);
    screenshot("statistics-public.png");

    driver.findElement(By.id("open-data-link")).click();
    waitFor(By.id("datasets"));
    var href = driver.findElement(By.id("csv-detentions")).getAttribute("href");
    assertThat(href).contains("/api/v1/open-data/detentions.csv");

    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    var lines = response.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("year,month,region,detentions");
    for (int i = 1; i < lines.length; i++) {
      var count = lines[i].substring(lines[i].lastIndexOf(',') + 1);
      if (!count.equals("suppressed")) {
        assertThat(Long.parseLong(count))
            .as(lines[i])
            .satisfiesAnyOf(
                n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(5));
      }
    }

    // One state at a time (issue 15): Kazakhstan by default, a switch to England and Wales.
    browser.open("/statistics/public");
    waitFor(By.id("state-ew"));
    assertThat(driver.findElement(By.id("state-kz")).getDomAttribute("aria-current"))
        .isEqualTo("page");
    driver.findElement(By.id("state-ew")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().contains("jurisdiction=ew"));
    waitFor(By.id("panel-detentions"));
    assertThat(driver.findElement(By.id("state-shown")).getText()).contains("England and Wales");
    assertThat(driver.findElements(By.id("panel-map"))).isEmpty();
    assertThat(driver.findElement(By.id("panel-detentions")).getText())
        .contains("London")
        .doesNotContain("Astana");
    screenshot("statistics-public-ew.png");
    driver.findElement(By.id("open-data-link")).click();
    waitFor(By.id("datasets"));
    assertThat(driver.findElement(By.id("csv-detentions")).getAttribute("href"))
        .contains("jurisdiction=ew");
  }

  @Test
  void theCommissionSeesItsOverviewWithTheMap() throws Exception {
    browser.open("/statistics");
    assertThat(driver.getCurrentUrl()).endsWith("/login");
    browser.signInHere("monitor");
    browser.open("/statistics?map=compliance");
    waitFor(By.id("panel-compliance"));
    assertThat(driver.findElements(By.cssSelector("#kpis dd"))).hasSizeGreaterThanOrEqualTo(8);
    assertThat(driver.findElements(By.cssSelector("#panel-map svg [data-region]"))).hasSize(20);
    assertThat(driver.findElement(By.id("state-shown")).getText()).contains("Kazakhstan");
    assertThat(driver.findElement(By.id("panel-complaints")).getText()).contains("Torture");
    assertThat(driver.findElement(By.id("panel-recommendations")).getText())
        .doesNotContain("Not yet available");
    screenshot("statistics-commission.png");
    browser.script("document.getElementById('panel-map').scrollIntoView()");
    screenshot("statistics-map.png");
  }

  private void waitFor(By by) {
    browser.waitFor(by);
  }

  private void screenshot(String name) throws Exception {
    assertThat(browser.screenshot(name)).hasSizeGreaterThan(10_000);
  }
}
