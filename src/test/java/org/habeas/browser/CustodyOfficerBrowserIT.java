package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.habeas.system.Facilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A custody officer's day in real Chromium: sign in, open a record, add events, meet the error for
 * an impossible event with what they typed kept, switch to Kazakh, and keep a screenshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CustodyOfficerBrowserIT {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");
  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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
  void officerRecordsEventsAndMeetsAnImpossibleOne(@Autowired Facilities facilities)
      throws Exception {
    var zone = facilities.find("kz-ast-tdf1").orElseThrow().zone();
    var now =
        LocalDateTime.now(org.habeas.TestClock.CLOCK.withZone(zone))
            .truncatedTo(ChronoUnit.MINUTES);

    open("/custody/board");
    assertThat(driver.getCurrentUrl()).endsWith("/login");
    driver.findElement(By.id("username")).sendKeys("officer");
    driver.findElement(By.id("password")).sendKeys("habeas-demo");
    driver.findElement(By.id("sign-in")).click();
    waitFor(By.id("who"));
    assertThat(driver.findElement(By.id("who")).getText()).isEqualTo("officer");
    assertThat(driver.findElements(By.cssSelector("a.record-link"))).isNotEmpty();

    // Open a record.
    driver.findElement(By.id("open-record")).click();
    waitFor(By.id("new-record"));
    setValue("f-occurredAt", INPUT.format(now.minusHours(3)));
    driver.findElement(By.id("f-person-name")).sendKeys("Aidos Browser-Test");
    setValue("f-person-birthDate", "1994-02-11");
    driver.findElement(By.id("f-grounds")).sendKeys("caught in the act");
    new Select(driver.findElement(By.id("f-jurisdiction"))).selectByValue("kz");
    driver.findElement(By.cssSelector("#new-record button[type=submit]")).click();
    waitFor(By.id("timeline"));
    assertThat(driver.findElement(By.id("person-name")).getText()).isEqualTo("Aidos Browser-Test");

    // Add an event chosen from the list (htmx swaps in its form).
    chooseEventType("Released");
    setValue("f-occurredAt", INPUT.format(now.minusHours(1)));
    driver.findElement(By.id("f-grounds")).sendKeys("no grounds to hold");
    driver.findElement(By.id("save-event")).click();
    waitFor(By.id("event-2"));
    assertThat(driver.findElement(By.id("record-status")).getText()).isEqualTo("closed");

    // An impossible event: a cell visit after the release. The error names it; the input stays.
    chooseEventType("CellVisited");
    setValue("f-occurredAt", INPUT.format(now.minusMinutes(30)));
    driver.findElement(By.id("f-by")).sendKeys("Sgt. Nurlanov");
    driver.findElement(By.id("save-event")).click();
    waitFor(By.id("form-problem"));
    assertThat(driver.findElement(By.cssSelector(".field-error")).getText()).contains("released");
    assertThat(driver.findElement(By.id("f-by")).getDomProperty("value"))
        .isEqualTo("Sgt. Nurlanov");
    assertThat(driver.findElements(By.id("event-3"))).isEmpty();

    // Switch to Kazakh: the page and the error speak Kazakh.
    driver.findElement(By.id("lang-kk")).click();
    waitFor(By.id("timeline"));
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("kk");
    assertThat(driver.findElement(By.cssSelector("#add-event h2")).getText())
        .isNotEqualTo("Add an event");
    screenshot("custody-record-kk.png");

    // The choice is remembered for the user: switch back so the officer's next session is English.
    driver.findElement(By.id("lang-en")).click();
    waitFor(By.id("timeline"));
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
  }

  /** Picks an event type; htmx swaps in that type's form without reloading the page. */
  private void chooseEventType(String type) {
    new Select(driver.findElement(By.id("form-type"))).selectByValue(type);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                type.equals(
                    d.findElement(By.cssSelector("#event-form input[name=type]"))
                        .getDomProperty("value")));
  }

  private void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  private void setValue(String id, String value) {
    WebElement el = driver.findElement(By.id(id));
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", el, value);
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
