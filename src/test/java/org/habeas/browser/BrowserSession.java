package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium for the monitoring browser tests, in a window of the size given. */
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
