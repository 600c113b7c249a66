package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.habeas.TestClock;
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

  /**
   * An officer's record at the facility, opened hours ago over the API, so there is one to sample.
   */
  private void recordAtTheFacility(int hoursAgo) throws Exception {
    var body =
        """
        {"type":"Apprehended","occurredAt":"%s","facilityId":"kz-ast-tdf1",
         "person":{"name":"Sampled Person","birthDate":"1990-05-05"},
         "grounds":"caught in the act","jurisdiction":"kz"}
        """
            .formatted(
                TestClock.now().minus(Duration.ofHours(hoursAgo)).truncatedTo(ChronoUnit.SECONDS));
    var auth =
        Base64.getEncoder().encodeToString("officer:habeas-demo".getBytes(StandardCharsets.UTF_8));
    try (var http = HttpClient.newHttpClient()) {
      var response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + port + "/api/v1/custody-records"))
                  .header("Authorization", "Basic " + auth)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
  }

  @Test
  void monitorRunsAVisitOnAPhone() throws Exception {
    // However the demo's records fall in the last 30 days, the facility has at least three (a day
    // old and more, so that they fall in the period whatever the hour here and at the facility).
    for (int h = 25; h <= 27; h++) {
      recordAtTheFacility(h);
    }
    browser = BrowserSession.start(port, 390, 844);
    var driver = browser.driver;
    browser.signIn("monitor");

    // Plan the visit.
    browser.open("/monitoring/visits");
    driver.findElement(By.cssSelector("#plan summary")).click();
    new Select(driver.findElement(By.id("v-facility"))).selectByValue("kz-ast-tdf1");
    browser.setValue("v-date", TestClock.today().toString());
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
