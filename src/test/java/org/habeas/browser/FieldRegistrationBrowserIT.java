package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19's "done when", on a 390 px phone: the arresting officer's field page makes and enrols
 * this phone's key (approved by an administrator on the page for it), registers an apprehension
 * with the network cut off (Chromium's offline mode), keeps it on the phone and not on the server,
 * sends it when the network returns; the destination facility's custody officer opens the record
 * from it, with the apprehension as its first event, the signature verified and the gap shown. A
 * key the administrator revokes signs nothing more; the page reads the same in Kazakh and Russian.
 * The phone's clock is the application's test clock less the 25 minutes it stays offline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FieldRegistrationBrowserIT {

  private static final String FACILITY = "kz-ast-tdf1";

  /** How long the phone is offline before the capture reaches the server. */
  private static final Duration OFFLINE = Duration.ofMinutes(25);

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired JsonMapper json;

  @Test
  void anApprehensionRegisteredOfflineReachesTheFacilityAndOpensTheRecord() throws Exception {
    try (var browser = BrowserSession.start(port, 1280, 1000)) {
      var driver = browser.driver;
      browser.phone();
      var chrome = (ChromeDriver) driver;
      chrome.executeCdpCommand(
          "Browser.grantPermissions",
          Map.of("origin", "http://localhost:" + port, "permissions", List.of("geolocation")));
      chrome.executeCdpCommand(
          "Emulation.setGeolocationOverride",
          Map.of("latitude", 51.1282214, "longitude", 71.4306682, "accuracy", 12.4));

      // The phone's clock: the application's (test) clock, less the 25 minutes it will be offline.
      long shift = clock.millis() - System.currentTimeMillis() - OFFLINE.toMillis();
      chrome.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument", Map.of("source", shiftedDate(shift)));

      // The arresting officer opens the field page: this phone's key is made and sent for approval.
      browser.signIn("investigator");
      browser.open("/field");
      browser.language("en");
      browser.waitFor(By.cssSelector("body[data-ready='true']"));
      browser.assertFitsWidth();
      browser.assertNoRawCodes("IIN", "Habeas");
      browser.waitUntil(
          d -> "pending".equals(d.findElement(By.id("key-status")).getDomAttribute("data-status")));
      var keyId = browser.text(By.id("key-id"));
      assertThat(keyId).matches("[0-9a-f]{16}");
      assertThat(browser.text(By.id("key-status")))
          .contains("Waiting for an administrator’s approval");
      browser.fullPageShot("field/form-en.png");

      // An administrator approves the key on the device keys page; the phone then says it is
      // active.
      driver.manage().deleteAllCookies();
      browser.signIn("admin");
      browser.open("/admin/device-keys");
      driver.findElement(By.id("approve-" + keyId)).click();
      browser.waitUntil(
          d ->
              "active".equals(d.findElement(By.id("key-" + keyId)).getDomAttribute("data-status")));
      driver.manage().deleteAllCookies();
      browser.signIn("investigator");
      browser.open("/field");
      browser.waitFor(By.cssSelector("body[data-ready='true']"));
      browser.waitUntil(
          d -> "active".equals(d.findElement(By.id("key-status")).getDomAttribute("data-status")));
      assertThat(browser.text(By.id("key-id"))).isEqualTo(keyId);

      // Nothing saved on a form without grounds, unit or person; what was typed stays.
      driver.findElement(By.id("unit")).sendKeys("Patrol unit 7");
      driver.findElement(By.id("save")).click();
      browser.waitFor(By.id("error-grounds"));
      assertThat(browser.text(By.id("form-problem")))
          .contains("Grounds for the apprehension: this field is required.")
          .contains("Full name: give the person’s name");
      assertThat(driver.findElement(By.id("unit")).getDomProperty("value"))
          .isEqualTo("Patrol unit 7");
      assertThat(driver.findElements(By.cssSelector("#outbox li[data-capture-id]"))).isEmpty();

      // No network: the registration is signed and kept on the phone.
      network(browser, false);
      browser.waitUntil(d -> d.findElement(By.id("net")).getAttribute("class").contains("off"));
      driver.findElement(By.id("person-name")).sendKeys("Aidar Serikovich Nurlanov");
      browser.setValue("person-birth", "1994-03-12");
      driver.findElement(By.id("person-iin")).sendKeys("940312300123");
      driver.findElement(By.id("use-position")).click();
      browser.waitUntil(
          d -> "got".equals(d.findElement(By.id("position")).getDomAttribute("data-state")));
      assertThat(browser.text(By.id("position"))).contains("51.128221, 71.430668").contains("12 m");
      driver.findElement(By.id("place-address")).sendKeys("Kenesary street 40, Astana");
      driver.findElement(By.id("grounds")).sendKeys("Caught in the act of theft (art. 188)");
      select(browser, "to-facility", FACILITY);
      driver.findElement(By.id("add-officer")).click();
      var officers = driver.findElements(By.cssSelector("#officer-list input"));
      officers.get(officers.size() - 1).sendKeys("Sergeant Bolat Akhmetov");
      browser.screenshot("field/form-filled-en.png");
      driver.findElement(By.id("save")).click();
      browser.waitFor(By.cssSelector("#outbox li[data-state='queued']"));
      var entry = driver.findElement(By.cssSelector("#outbox li[data-state='queued']"));
      var captureId = entry.getDomAttribute("data-capture-id");
      assertThat(entry.getText())
          .contains("Aidar Serikovich Nurlanov")
          .contains("Saved on this phone, not yet sent");
      browser.screenshot("field/queued-en.png");

      // The page opens again with no network (the service worker's copy); the capture is still
      // waiting.
      assertThat(
              browser.script(
                  "return caches.match('/field').then(function (r) { return r != null; });"))
          .isEqualTo(true);
      driver.navigate().refresh();
      browser.waitFor(By.cssSelector("body[data-ready='true']"));
      browser.waitFor(By.cssSelector("#outbox li[data-capture-id='" + captureId + "']"));
      assertThat(
              driver
                  .findElement(By.cssSelector("#outbox li[data-capture-id='" + captureId + "']"))
                  .getDomAttribute("data-state"))
          .isEqualTo("queued");
      // Nothing of it on the server.
      var listed = api("officer", "/api/v1/field-registrations?status=all");
      assertThat(listed.statusCode()).isEqualTo(200);
      assertThat(listed.body()).doesNotContain(captureId);

      // The network returns: the capture is sent, and the server's receipt shown with the gap.
      network(browser, true);
      var sent =
          By.cssSelector("#outbox li[data-capture-id='" + captureId + "'][data-state='sent']");
      browser.waitFor(sent);
      var sentText = driver.findElement(sent).getText();
      assertThat(sentText).contains("Sent: received at").contains("gap 25 min");
      browser.script("arguments[0].scrollIntoView({block: 'center'});", driver.findElement(sent));
      browser.screenshot("field/sent-en.png");

      var registrations = api("officer", "/api/v1/field-registrations?status=pending");
      assertThat(registrations.body()).contains(captureId);
      var view = json.readTree(registrations.body());
      JsonNode mine = null;
      for (var r : view) {
        if (captureId.equals(r.get("captureId").asString())) {
          mine = r;
        }
      }
      assertThat(mine).isNotNull();
      assertThat(mine.get("signatureVerified").asBoolean()).isTrue();
      assertThat(mine.get("deviceKeyId").asString()).isEqualTo(keyId);
      assertThat(mine.get("gapSeconds").asLong())
          .isBetween(OFFLINE.toSeconds(), OFFLINE.toSeconds() + 120);
      assertThat(mine.get("capture").get("place").get("latitude").asString())
          .isEqualTo("51.128221");

      // At the facility, its custody officer sees the registration (signature verified, the gap)
      // and opens the record from it: the apprehension is the record's first event.
      var registrationId = mine.get("id").asString();
      driver.manage().deleteAllCookies();
      browser.signIn("officer");
      browser.open("/field-registrations/" + registrationId);
      browser.waitFor(By.id("signature-verified"));
      assertThat(browser.text(By.id("device-key"))).isEqualTo(keyId);
      assertThat(browser.text(By.id("gap"))).contains("25 min");
      browser.fullPageShot("field/registration-officer-en.png");
      driver.findElement(By.id("open-record")).click();
      browser.waitFor(By.id("open-form"));
      assertThat(driver.findElement(By.id("person.name")).getDomProperty("value"))
          .isEqualTo("Aidar Serikovich Nurlanov");
      driver.findElement(By.id("person.citizenship")).sendKeys("KZ");
      driver.findElement(By.id("open-submit")).click();
      browser.waitFor(By.id("timeline"));
      assertThat(browser.path()).startsWith("/custody/");
      assertThat(browser.text(By.id("person-name"))).isEqualTo("Aidar Serikovich Nurlanov");
      var first = driver.findElements(By.cssSelector("#timeline > li")).getFirst();
      assertThat(first.getDomAttribute("id")).isEqualTo("event-1");
      assertThat(first.findElement(By.className("event-type")).getText()).isEqualTo("Apprehended");
      assertThat(Instant.parse(first.findElement(By.tagName("time")).getDomAttribute("datetime")))
          .isEqualTo(Instant.parse(mine.get("apprehendedAt").asString()));
      assertThat(browser.text(By.id("field-registration"))).contains("25 min");
      browser.fullPageShot("field/record-opened-en.png");

      // The administrator revokes the key: the phone says so and signs nothing more.
      driver.manage().deleteAllCookies();
      browser.signIn("admin");
      browser.open("/admin/device-keys");
      driver.findElement(By.id("revoke-" + keyId)).click();
      browser.waitUntil(
          d ->
              "revoked"
                  .equals(d.findElement(By.id("key-" + keyId)).getDomAttribute("data-status")));
      driver.manage().deleteAllCookies();
      browser.signIn("investigator");
      browser.open("/field");
      browser.waitFor(By.cssSelector("body[data-ready='true']"));
      browser.waitUntil(
          d -> "revoked".equals(d.findElement(By.id("key-status")).getDomAttribute("data-status")));
      driver.findElement(By.id("person-description")).sendKeys("Man of about 30, green jacket");
      driver.findElement(By.id("grounds")).sendKeys("Public disorder");
      driver.findElement(By.id("unit")).sendKeys("Patrol unit 7");
      select(browser, "to-facility", FACILITY);
      driver.findElement(By.id("save")).click();
      browser.waitUntil(d -> d.findElement(By.id("form-problem")).isDisplayed());
      assertThat(browser.text(By.id("form-problem"))).contains("Revoked by an administrator");
      assertThat(driver.findElements(By.cssSelector("#outbox li[data-capture-id]"))).hasSize(1);

      // Back on the phone: the page in Kazakh and Russian: words, never codes; the outbox in the
      // same language.
      browser.language("kk");
      browser.waitFor(By.cssSelector("body[data-ready='true']"));
      browser.assertNoRawCodes("Habeas");
      browser.assertFitsWidth();
      browser.waitFor(sent);
      assertThat(driver.findElement(sent).getText()).contains("Жіберілді");
      browser.fullPageShot("field/form-kk.png");
      browser.language("ru");
      browser.waitFor(By.cssSelector("body[data-ready='true']"));
      browser.assertNoRawCodes("Habeas");
      browser.waitFor(sent);
      assertThat(driver.findElement(sent).getText()).contains("Отправлено");
      browser.fullPageShot("field/form-ru.png");
    }
  }

  /** A page script that moves the page's clock by {@code shift} ms (the phone's own clock). */
  private static String shiftedDate(long shift) {
    return """
        (function () {
          var Real = Date, shift = %d;
          function Shifted() {
            if (!(this instanceof Shifted)) { return new Real(Real.now() + shift).toString(); }
            var args = Array.prototype.slice.call(arguments);
            return args.length ? new (Function.prototype.bind.apply(Real, [null].concat(args)))()
                : new Real(Real.now() + shift);
          }
          Shifted.prototype = Real.prototype;
          Shifted.now = function () { return Real.now() + shift; };
          Shifted.parse = Real.parse;
          Shifted.UTC = Real.UTC;
          window.Date = Shifted;
        })();
        """
        .formatted(shift);
  }

  /** Cuts the browser's network (DevTools offline mode) or gives it back. */
  private static void network(BrowserSession browser, boolean online) {
    var chrome = (ChromeDriver) browser.driver;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
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

  private static void select(BrowserSession browser, String id, String value) {
    new Select(browser.driver.findElement(By.id(id))).selectByValue(value);
  }
}
