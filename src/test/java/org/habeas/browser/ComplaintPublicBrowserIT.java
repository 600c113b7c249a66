package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A member of the public on a phone-sized Chromium lodges a complaint in Kazakh and follows its
 * status by reference and secret; a monitor triages it and refers it to the prosecutor; the public
 * status shows the change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ComplaintPublicBrowserIT {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  @LocalServerPort int port;

  private WebDriver driver;
  private final java.util.List<WebDriver> drivers = new java.util.ArrayList<>();
  private final java.util.List<Path> profiles = new java.util.ArrayList<>();

  @BeforeEach
  void startBrowser() throws Exception {
    boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
    if ("1".equals(System.getenv("HABEAS_REQUIRE_BROWSER"))) {
      assertThat(present).as("chromium and chromedriver are required here").isTrue();
    }
    assumeTrue(present, "chromium/chromedriver not installed: browser test skipped");
    System.setProperty("webdriver.chrome.driver", DRIVER.getPath());
    driver = browser(true);
  }

  /** A fresh Chromium: a phone (390 x 844 CSS pixels) or a desk computer. */
  private WebDriver browser(boolean phone) throws Exception {
    var profile = Files.createTempDirectory("chromium-profile");
    profiles.add(profile);
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
        phone ? "--window-size=500,900" : "--window-size=1280,1000",
        "--lang=en",
        "--user-data-dir=" + profile);
    if (phone) {
      // Headless windows are never narrower than 500: the phone's screen is emulated.
      options.setExperimentalOption(
          "mobileEmulation",
          java.util.Map.of(
              "deviceMetrics", java.util.Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
    }
    var started =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), options);
    drivers.add(started);
    return started;
  }

  @AfterEach
  void stopBrowser() throws Exception {
    for (var d : drivers) {
      d.quit();
    }
    for (var profile : profiles) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void theComplainantLodgesInKazakhOnAPhoneAndSeesTheMonitorReferIt() throws Exception {
    open("/complaints/new");
    waitFor(By.id("complaint-form"));
    press(By.id("lang-kk"));
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> "kk".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    waitFor(By.id("complaint-form"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Шағым беру");
    // Nothing is wider than the phone's screen.
    var width =
        (Number)
            ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth");
    assertThat(width.intValue()).isLessThanOrEqualTo(390);

    new Select(driver.findElement(By.id("complainantRole"))).selectByValue("RELATIVE");
    driver.findElement(By.id("complainantName")).sendKeys("Гүлнар Ахметова");
    driver.findElement(By.id("victimName")).sendKeys("Ержан Ахметов");
    driver
        .findElement(By.id("narrative"))
        .sendKeys("Інімді түнде тергеу кезінде ұрды, қорғаушы шақыруға рұқсат бермеді.");
    new Select(driver.findElement(By.id("facilityId"))).selectByValue("kz-ast-tdf1");
    press(By.id("stillHeld"));
    new Select(driver.findElement(By.id("contactPreference"))).selectByValue("PHONE");
    // Contact is needed for a phone call: the error is shown by the field, in Kazakh, input kept.
    press(By.id("lodge"));
    waitFor(By.id("error-contact"));
    assertThat(driver.findElement(By.id("error-contact")).getText()).isNotBlank();
    assertThat(driver.findElement(By.id("narrative")).getDomProperty("value"))
        .startsWith("Інімді түнде");
    driver.findElement(By.id("contact")).sendKeys("+7 701 123 4567");
    press(By.id("lodge"));
    waitFor(By.id("secret"));
    var reference = driver.findElement(By.id("reference")).getText();
    var secret = driver.findElement(By.id("secret")).getText();
    assertThat(reference).startsWith("HC-");
    assertThat(driver.getCurrentUrl()).doesNotContain(secret);
    screenshot("complaint-lodged-kk.png");

    lookUp(reference, secret);
    assertThat(driver.findElement(By.id("status-value")).getText()).isEqualTo("Қабылданды");

    // A monitor signs in at their desk, finds it, triages it and refers it to the prosecutor.
    var phone = driver;
    driver = browser(false);
    open("/login");
    driver.findElement(By.id("username")).sendKeys("monitor");
    driver.findElement(By.id("password")).sendKeys("habeas-demo");
    press(By.id("sign-in"));
    waitFor(By.id("who"));
    open("/complaints?q=" + reference);
    waitFor(By.id("complaints"));
    press(By.linkText(reference));
    waitFor(By.id("triage-form"));
    new Select(driver.findElement(By.id("triage-category"))).selectByValue("TORTURE");
    press(By.id("triage"));
    waitUntilTimeline(2);
    new Select(driver.findElement(By.id("next-status"))).selectByValue("REFERRED_TO_PROSECUTOR");
    press(By.id("change-status"));
    waitUntilTimeline(3);
    screenshot("complaint-referred.png");
    driver = phone;

    // The public status shows the referral, still in Kazakh.
    lookUp(reference, secret);
    assertThat(driver.findElement(By.id("status-value")).getText())
        .isEqualTo("Прокурорға жіберілді");
  }

  private void lookUp(String reference, String secret) {
    open("/complaints/status");
    waitFor(By.id("status-form"));
    if (!"kk".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang"))) {
      press(By.id("lang-kk"));
      waitFor(By.id("status-form"));
    }
    driver.findElement(By.id("reference")).sendKeys(reference);
    driver.findElement(By.id("secret")).sendKeys(secret);
    press(By.id("look-up"));
    waitFor(By.id("status-value"));
  }

  private void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  private void waitUntilTimeline(int entries) throws Exception {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.findElements(By.cssSelector("#timeline li")).size() == entries);
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("complaint-failure.png");
      throw new AssertionError(
          "timeline never had "
              + entries
              + " entries at "
              + driver.getCurrentUrl()
              + ":\n"
              + driver.findElement(By.id("triage-form")).getDomProperty("outerHTML")
              + "\n"
              + ((JavascriptExecutor) driver)
                  .executeScript(
                      "return performance.getEntriesByType('navigation').map(n => n.name + ' '"
                          + " + n.type).join(';') + ' / ' + document.activeElement.outerHTML"),
          e);
    }
  }

  /** Scrolls the element to the middle of the small screen, then taps it. */
  private void press(By by) {
    WebElement el = driver.findElement(by);
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
    el.click();
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
