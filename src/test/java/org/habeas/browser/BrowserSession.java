package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, in a window of the size given: sign in, switch language,
 * emulate a 390 px phone, and the checks every role's test makes (no raw codes, nothing wider than
 * the screen, a screenshot kept under {@code target/screenshots}).
 */
final class BrowserSession implements AutoCloseable {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  final WebDriver driver;
  private final Path profile;
  private final int port;

  private BrowserSession(WebDriver driver, Path profile, int port) {
    this.driver = driver;
    this.profile = profile;
    this.port = port;
  }

  /** Starts Chromium, or skips the test where it is not installed (fails where CI needs it). */
  static BrowserSession start(int port, int width, int height) throws Exception {
    boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
    if ("1".equals(System.getenv("HABEAS_REQUIRE_BROWSER"))) {
      assertThat(present).as("chromium and chromedriver are required here").isTrue();
    }
    assumeTrue(present, "chromium/chromedriver not installed: browser test skipped");
    System.setProperty("webdriver.chrome.driver", DRIVER.getPath());
    var profile = Files.createTempDirectory("chromium-profile");
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
        "--window-size=" + width + "," + height,
        "--lang=en",
        "--user-data-dir=" + profile);
    var driver =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), options);
    return new BrowserSession(driver, profile, port);
  }

  void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  void signIn(String user) {
    open("/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys("habeas-demo");
    driver.findElement(By.id("sign-in")).click();
    waitFor(By.id("who"));
  }

  /** The signed-in user lands on the page {@code path} (the role's landing page, issue 15). */
  void assertLandsOn(String path) {
    assertThat(java.net.URI.create(driver.getCurrentUrl()).getPath()).isEqualTo(path);
  }

  /**
   * Emulates a 390 px wide phone (iPhone 12-15 width). A headless Chromium window cannot be made
   * narrower than 500 px, so the viewport is set through the DevTools protocol instead.
   */
  void phone() {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
  }

  /** Back to the window's own size after {@link #phone()}. */
  void desktop() {
    ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /**
   * Switches language with the menu's switch and waits for the page in it. The choice is saved for
   * a signed-in user: switch back to {@code en} before the test ends.
   */
  void language(String lang) {
    driver.findElement(By.id("lang-" + lang)).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> lang.equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
  }

  /**
   * Fails on any untranslated message key, enum name or code shown on the page ({@link RawText});
   * {@code allowed} names words that are right here (a product name, say).
   */
  void assertNoRawCodes(String... allowed) {
    var text =
        (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText;");
    assertThat(RawText.findings(text, Set.of(allowed)))
        .as("raw codes on %s", driver.getCurrentUrl())
        .isEmpty();
  }

  /** Fails when the document is wider than the viewport (something scrolls sideways). */
  void assertFitsWidth() {
    var js = (JavascriptExecutor) driver;
    long doc =
        ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
    long view = ((Number) js.executeScript("return window.innerWidth;")).longValue();
    assertThat(doc)
        .as("document width of %s at %d px", driver.getCurrentUrl(), view)
        .isLessThanOrEqualTo(view);
  }

  void setValue(String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
  }

  void waitFor(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(by).isEmpty());
  }

  void screenshot(String name) throws Exception {
    var dir = Path.of(System.getenv().getOrDefault("HABEAS_BUILD_DIR", "target"), "screenshots");
    Files.createDirectories(dir);
    var png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(dir.resolve(name), png);
    assertThat(png.length).isGreaterThan(5_000);
  }

  @Override
  public void close() throws Exception {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
