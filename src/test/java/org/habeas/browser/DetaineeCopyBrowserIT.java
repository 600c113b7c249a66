package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.habeas.TestClock;
import org.habeas.ledger.store.Integrator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The custody officer prints the detained person's own copy (issue 19, part 4) from the record's
 * page: on a 390 px phone and as printed, in the person's language, one QR code per logged event;
 * the first code's address opens the public check, which finds the event unaltered. Screenshots
 * under target/screenshots/copy/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DetaineeCopyBrowserIT {

  @LocalServerPort int port;
  @Autowired Integrator integrator;

  @Test
  void theOfficerPrintsTheCopyAndItsQrCodeOpensTheCheck() throws Exception {
    var id = recordWithAVisit();
    integrator.integrateNow();
    try (var browser = BrowserSession.start(port)) {
      browser.signIn("officer");
      browser.open("/custody/" + id);
      var copy = browser.driver.findElement(By.id("print-copy")).getDomAttribute("href");
      assertThat(copy).isEqualTo("/custody/" + id + "/copy");

      browser.phone();
      browser.open(copy);
      assertThat(browser.lang()).isEqualTo("kk");
      assertThat(browser.driver.findElements(By.cssSelector(".copy-event svg.qr"))).hasSize(2);
      browser.assertFitsWidth();
      browser.assertNoRawCodes("Habeas");
      browser.fullPageShot("copy/copy-kk-phone.png");

      browser.desktop();
      browser.open(copy + "?lang=ru");
      browser.media("print");
      browser.fullPageShot("copy/copy-ru-print.png");
      browser.media("");

      var url =
          browser
              .driver
              .findElement(By.cssSelector("#copy-event-2 svg.qr"))
              .getDomAttribute("data-url");
      browser.driver.manage().deleteAllCookies();
      browser.phone();
      browser.open(url.substring(url.indexOf("/ledger/receipt")));
      assertThat(browser.driver.findElements(By.id("verdict-unaltered"))).hasSize(1);
      browser.assertFitsWidth();
      browser.fullPageShot("copy/check-phone.png");
    }
  }

  /** Opens a record (the person speaks Kazakh) with one cell visit, through the API. */
  private String recordWithAVisit() throws Exception {
    var apprehended =
        """
        {"type":"Apprehended","occurredAt":"%s","facilityId":"kz-ast-tdf1",
         "person":{"name":"Асқар Нұрланұлы","birthDate":"1990-04-01","citizenship":"KZ","language":"kk"},
         "grounds":"caught in the act","suspectedOffence":"Theft (CC art. 188)","jurisdiction":"kz"}"""
            .formatted(ago(60));
    var body = post("/api/v1/custody-records", apprehended);
    var id = body.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    post(
        "/api/v1/custody-records/" + id + "/events",
        """
        {"type":"CellVisited","occurredAt":"%s","by":"Sgt. Omarov"}"""
            .formatted(ago(40)));
    return id;
  }

  private String post(String path, String json) throws Exception {
    var auth = Base64.getEncoder().encodeToString("officer:habeas-demo".getBytes());
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + auth)
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return response.body();
  }

  private static String ago(int minutes) {
    return TestClock.now()
        .minus(minutes, ChronoUnit.MINUTES)
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }
}
