package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one harness of the browser tests ({@code *BrowserIT}): Debian's headless Chromium in a window
 * of the size given, skipped where it is not installed (failed where {@code
 * HABEAS_REQUIRE_BROWSER=1}); sign in, switch language, emulate a 390 px phone or print, and the
 * checks every role's test makes (no raw codes, nothing wider than the screen, the answer's status,
 * a screenshot kept under {@code target/screenshots}).
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

  /** Starts Chromium in a 1280 x 1000 window. */
  static BrowserSession start(int port) throws Exception {
    return start(port, 1280, 1000);
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

  /** Signs in from the sign-in page: the user lands on their role's landing page. */
  void signIn(String user) {
    open("/login");
    signInHere(user);
  }

  /**
   * Signs in on the sign-in page the browser is on (where a page that needs a sign-in led it), so
   * that it goes on to that page.
   */
  void signInHere(String user) {
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys("habeas-demo");
    driver.findElement(By.id("sign-in")).click();
    waitFor(By.id("who"));
  }

  /** The signed-in user lands on the page {@code path} (the role's landing page, issue 15). */
  void assertLandsOn(String path) {
    assertThat(path()).isEqualTo(path);
  }

  /** The path of the page the browser shows. */
  String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  /** The page's language ({@code <html lang>}). */
  String lang() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  /** The HTTP status the page shown was answered with (0 where the browser does not say). */
  long status() {
    return ((Number)
            js().executeScript(
                    "var n = performance.getEntriesByType('navigation')[0];"
                        + " return n ? n.responseStatus : 0;"))
        .longValue();
  }

  /** The text of the element {@code by} finds. */
  String text(By by) {
    return driver.findElement(by).getText();
  }

  /** Runs a script on the page and returns what it returns. */
  @Nullable Object script(String script, Object... args) {
    return js().executeScript(script, args);
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

  /** Shows pages as printed ({@code print}) or back on screen ({@code ""}). */
  void media(String media) {
    ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
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
    var text = (String) js().executeScript("return document.body.innerText;");
    assertThat(RawText.findings(text, Set.of(allowed)))
        .as("raw codes on %s", driver.getCurrentUrl())
        .isEmpty();
  }

  /** Fails when the document is wider than the viewport (something scrolls sideways). */
  void assertFitsWidth() {
    long doc =
        ((Number) js().executeScript("return document.documentElement.scrollWidth;")).longValue();
    long view = ((Number) js().executeScript("return window.innerWidth;")).longValue();
    assertThat(doc)
        .as("document width of %s at %d px", driver.getCurrentUrl(), view)
        .isLessThanOrEqualTo(view);
  }

  /** Sets a field's value as a script would (a date input takes no typing in every locale). */
  void setValue(String id, String value) {
    js().executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
  }

  /** Waits up to 15 s for an element {@code by} finds. */
  void waitFor(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(by).isEmpty());
  }

  /**
   * Waits up to 15 s for {@code condition}, read again where the page replaced an element under it
   * (htmx swaps parts of pages).
   */
  void waitUntil(Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /**
   * Keeps what the screen shows as {@code target/screenshots/<name>} ({@code name} may have a
   * folder) and returns the PNG; one under 5 kB is an empty page, and fails.
   */
  byte[] screenshot(String name) throws Exception {
    var png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    save(name, png);
    assertThat(png.length).isGreaterThan(5_000);
    return png;
  }

  /**
   * Keeps the whole page (at most 1,800 px of it), not only what the screen shows, as {@code
   * target/screenshots/<name>}.
   */
  void fullPageShot(String name) throws Exception {
    long height =
        ((Number)
                js().executeScript("return Math.min(1800, document.documentElement.scrollHeight);"))
            .longValue();
    long width =
        ((Number) js().executeScript("return document.documentElement.scrollWidth;")).longValue();
    var shot =
        ((ChromeDriver) driver)
            .executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                    "captureBeyondViewport",
                    true,
                    "clip",
                    Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    save(name, Base64.getDecoder().decode((String) shot.get("data")));
  }

  private static void save(String name, byte[] png) throws Exception {
    var file =
        Path.of(System.getenv().getOrDefault("HABEAS_BUILD_DIR", "target"), "screenshots", name);
    Files.createDirectories(file.getParent());
    Files.write(file, png);
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) driver;
  }

  @Override
  public void close() throws Exception {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
