package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  @LocalServerPort int port;

  private WebDriver driver;
  private Path profile;

  @BeforeEach
  void startBrowser() throws Exception {
    boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
    if ("1".equals(System.getenv("HABEAS_REQUIRE_BROWSER"))) {
      assertThat(present).as("chromium and chromedriver are required here").isTrue();
    }
    assumeTrue(present, "chromium/chromedriver not installed: browser test skipped");
    System.setProperty("webdriver.chrome.driver", DRIVER.getPath());
    profile = Files.createTempDirectory("chromium-profile");
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=en",
        "--user-data-dir=" + profile);
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), options);
  }

  @AfterEach
  void stopBrowser() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void thePublicReadsTheStatisticsAndDownloadsOpenData() throws Exception {
    driver.get("http://localhost:" + port + "/statistics/public");
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
    driver.get("http://localhost:" + port + "/statistics/public");
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
    driver.get("http://localhost:" + port + "/statistics");
    assertThat(driver.getCurrentUrl()).endsWith("/login");
    driver.findElement(By.id("username")).sendKeys("monitor");
    driver.findElement(By.id("password")).sendKeys("habeas-demo");
    driver.findElement(By.id("sign-in")).click();
    waitFor(By.id("who"));
    driver.get("http://localhost:" + port + "/statistics?map=compliance");
    waitFor(By.id("panel-compliance"));
    assertThat(driver.findElements(By.cssSelector("#kpis dd"))).hasSizeGreaterThanOrEqualTo(8);
    assertThat(driver.findElements(By.cssSelector("#panel-map svg [data-region]"))).hasSize(20);
    assertThat(driver.findElement(By.id("state-shown")).getText()).contains("Kazakhstan");
    assertThat(driver.findElement(By.id("panel-complaints")).getText()).contains("Torture");
    assertThat(driver.findElement(By.id("panel-recommendations")).getText())
        .doesNotContain("Not yet available");
    screenshot("statistics-commission.png");
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.getElementById('panel-map').scrollIntoView()");
    screenshot("statistics-map.png");
  }

  private void waitFor(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(by).isEmpty());
  }

  private void screenshot(String name) throws Exception {
    var dir = Path.of(System.getenv().getOrDefault("HABEAS_BUILD_DIR", "target"), "screenshots");
    Files.createDirectories(dir);
    var png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(dir.resolve(name), png);
    assertThat(png.length).isGreaterThan(10_000);
  }
}
