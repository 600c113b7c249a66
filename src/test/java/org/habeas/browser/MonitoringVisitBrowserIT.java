package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A monitor on a phone-sized screen plans a visit, samples custody records, answers checklist items
 * (each saved by htmx as it is tapped) and records a finding with a photo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MonitoringVisitBrowserIT {

  @LocalServerPort int port;

  private BrowserSession browser;

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void monitorRunsAVisitOnAPhone() throws Exception {
    browser = BrowserSession.start(port, 390, 844);
    var driver = browser.driver;
    browser.signIn("monitor");

    // Plan the visit.
    browser.open("/monitoring/visits");
    driver.findElement(By.cssSelector("#plan summary")).click();
    new Select(driver.findElement(By.id("v-facility"))).selectByValue("kz-ast-tdf1");
    browser.setValue("v-date", LocalDate.now().toString());
    new Select(driver.findElement(By.id("v-made"))).selectByValue("true");
    driver.findElement(By.id("v-purpose")).sendKeys("Browser visit");
    driver.findElement(By.id("plan-submit")).click();
    browser.waitFor(By.id("sample-form"));
    assertThat(driver.findElement(By.id("visit-facility")).getText()).contains("Astana");

    // Sample three records of the last 30 days.
    driver.findElement(By.id("sample-n")).clear();
    driver.findElement(By.id("sample-n")).sendKeys("3");
    driver.findElement(By.id("sample-submit")).click();
    browser.waitFor(By.cssSelector("#sampled .sampled-record"));
    assertThat(driver.findElements(By.cssSelector("#sampled .sampled-record"))).hasSize(3);

    // The checklist, one section at a time; a tap saves the answer without reloading.
    driver.findElement(By.id("open-checklist")).click();
    browser.waitFor(By.id("section-form"));
    var first = driver.findElement(By.cssSelector("#item-register-kept input[value=YES]"));
    first.findElement(By.xpath("..")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("saved-register-kept")).getText().equals("Saved"));
    driver
        .findElement(By.cssSelector("#item-register-matches input[value=NO]"))
        .findElement(By.xpath(".."))
        .click();
    driver.findElement(By.id("note-register-matches")).sendKeys("Paper says 09:10, record 12:05");
    browser.screenshot("monitoring-checklist-phone.png");
    driver.findElement(By.id("section-next")).click();
    browser.waitFor(By.id("item-safeguards-lawyer"));
    assertThat(driver.getCurrentUrl()).endsWith("/checklist/safeguards");

    // Back on the visit: record a finding with a photo, linked to a sampled record.
    driver.findElement(By.cssSelector("main p a")).click();
    browser.waitFor(By.id("finding-form"));
    assertThat(driver.findElement(By.id("checklist")).getText()).contains("2 of");
    var photo = Files.createTempFile("cell", ".png");
    ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
    driver.findElement(By.id("fi-text")).sendKeys("Register and record differ by three hours");
    new Select(driver.findElement(By.id("fi-severity"))).selectByValue("high");
    new Select(driver.findElement(By.id("fi-record"))).selectByIndex(1);
    driver.findElement(By.id("fi-evidence")).sendKeys(photo.toAbsolutePath().toString());
    driver.findElement(By.id("finding-submit")).click();
    browser.waitFor(By.cssSelector(".finding img.evidence-photo"));
    assertThat(driver.findElement(By.cssSelector(".finding")).getText())
        .contains("Register and record differ by three hours");
    Files.deleteIfExists(photo);
    browser.screenshot("monitoring-visit-phone.png");

    // The print view of the report holds the answers and the finding.
    var visitUrl = driver.getCurrentUrl().replaceAll("#.*$", "");
    driver.get(visitUrl + "/print");
    browser.waitFor(By.tagName("h1"));
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("Paper says 09:10, record 12:05")
        .contains("Register and record differ by three hours");
  }
}
