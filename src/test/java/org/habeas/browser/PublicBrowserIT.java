package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.habeas.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public front door in Chromium with JavaScript on (issue 15): an anonymous visitor opens
 * {@code /}, reaches every public page from the home page, lodges a complaint (meeting every error
 * at once first), reloads the confirmation without lodging twice, follows the complaint by
 * reference and secret, and reads the home page in Kazakh and Russian and on a phone. A second
 * flow: a relative lodges in Kazakh on a phone, a monitor refers the complaint to the prosecutor,
 * and the public status shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicBrowserIT {

  /** The home page's links, by id, and the page each leads to. */
  private static final List<String[]> DOORS =
      List.of(
          new String[] {"home-complain", "/complaints/new"},
          new String[] {"home-report", "/detention-reports/new"},
          new String[] {"home-follow", "/complaints/status"},
          new String[] {"home-recommendations", "/public/recommendations"},
          new String[] {"home-statistics", "/statistics/public"},
          new String[] {"home-open-data", "/open-data"},
          new String[] {"home-certificate", "/training/certificates/verify"},
          new String[] {"home-ledger", "/ledger"});

  private static BrowserSession session;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void browser() throws Exception {
    if (session == null) {
      session = BrowserSession.start(port, 1280, 1000);
    }
    session.driver.manage().deleteAllCookies();
  }

  @AfterAll
  static void closeBrowser() throws Exception {
    if (session != null) {
      session.close();
      session = null;
    }
  }

  @Test
  void anAnonymousVisitorReachesEveryPublicPageLodgesOnceAndFollowsTheComplaint() throws Exception {
    var s = session;
    s.open("/");
    s.waitFor(By.id("public-home"));
    s.assertNoRawCodes();
    s.screenshot("public-home-en.png");

    // Every public page from the home page, each with the public menu and the language switch.
    for (var door : DOORS) {
      s.open("/");
      s.waitFor(By.id(door[0]));
      press(door[0]);
      new WebDriverWait(s.driver, Duration.ofSeconds(15))
          .until(d -> path().equals(door[1]) && !d.findElements(By.id("public-nav")).isEmpty());
      assertThat(s.driver.findElements(By.id("lang-kk"))).isNotEmpty();
    }

    // Sending the form empty names every missing field at once, each linked from the summary.
    s.open("/");
    press("home-complain");
    s.waitFor(By.id("complaint-form"));
    s.driver.findElement(By.id("place")).sendKeys("Corridor, second floor");
    press("lodge");
    s.waitFor(By.id("error-summary"));
    assertThat(s.driver.findElements(By.cssSelector("#error-summary li"))).hasSizeGreaterThan(2);
    assertThat(s.driver.findElements(By.id("error-narrative"))).isNotEmpty();
    assertThat(s.driver.findElements(By.id("error-stillHeld"))).isNotEmpty();
    assertThat(s.driver.findElement(By.id("place")).getDomProperty("value"))
        .isEqualTo("Corridor, second floor");
    s.screenshot("complaint-errors-en.png");

    var narrative = "Kicked during questioning at night " + System.nanoTime();
    new Select(s.driver.findElement(By.id("complainantRole"))).selectByValue("VICTIM");
    s.driver.findElement(By.id("narrative")).sendKeys(narrative);
    press("stillHeld-no");
    press("lodge");
    s.waitFor(By.id("secret"));
    var reference = s.driver.findElement(By.id("reference")).getText();
    var secret = s.driver.findElement(By.id("secret")).getText();
    assertThat(path()).isEqualTo("/complaints/lodged");
    assertThat(s.driver.getCurrentUrl()).doesNotContain(secret);
    assertThat(stored(narrative)).isEqualTo(1);

    // A reload shows the reference, says the secret was shown once, and lodges nothing.
    s.driver.navigate().refresh();
    s.waitFor(By.id("secret-shown"));
    assertThat(s.driver.findElement(By.id("reference")).getText()).isEqualTo(reference);
    assertThat(s.driver.findElements(By.id("secret"))).isEmpty();
    assertThat(stored(narrative)).isEqualTo(1);

    // Following it, from the public menu.
    press("pub-follow");
    s.waitFor(By.id("status-form"));
    s.driver.findElement(By.id("reference")).sendKeys(reference);
    s.driver.findElement(By.id("secret")).sendKeys(secret);
    press("look-up");
    s.waitFor(By.id("status-value"));
    assertThat(s.driver.findElement(By.id("status-value")).getText()).isEqualTo("Received");

    // The home page in Kazakh and Russian, then on a phone, and back to English.
    s.open("/");
    s.waitFor(By.id("public-home"));
    s.language("kk");
    s.assertNoRawCodes();
    assertThat(s.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Ұстау кезіндегі кепілдіктер — барлығына ашық");
    s.language("ru");
    s.assertNoRawCodes();
    s.language("en");
    s.phone();
    try {
      s.open("/");
      s.waitFor(By.id("public-home"));
      s.assertFitsWidth();
      s.screenshot("public-home-phone.png");
      s.open("/complaints/new");
      s.waitFor(By.id("complaint-form"));
      s.assertFitsWidth();
    } finally {
      s.desktop();
    }
  }

  @Test
  void aRelativeLodgesInKazakhOnAPhoneAndSeesTheMonitorReferIt() throws Exception {
    var s = session;
    s.phone();
    String reference;
    String secret;
    try {
      s.open("/complaints/new");
      s.waitFor(By.id("complaint-form"));
      s.language("kk");
      s.waitFor(By.id("complaint-form"));
      assertThat(s.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Шағым беру");
      s.assertFitsWidth();
      new Select(s.driver.findElement(By.id("complainantRole"))).selectByValue("RELATIVE");
      s.driver.findElement(By.id("complainantName")).sendKeys("Гүлнар Ахметова");
      s.driver.findElement(By.id("victimName")).sendKeys("Ержан Ахметов");
      s.driver
          .findElement(By.id("narrative"))
          .sendKeys("Інімді түнде тергеу кезінде ұрды, қорғаушы шақыруға рұқсат бермеді.");
      new Select(s.driver.findElement(By.id("facilityId"))).selectByValue("kz-ast-tdf1");
      press("stillHeld-yes");
      new Select(s.driver.findElement(By.id("contactPreference"))).selectByValue("PHONE");
      // Contact is needed for a phone call: the error is shown by the field, in Kazakh, input kept.
      press("lodge");
      s.waitFor(By.id("error-contact"));
      assertThat(s.driver.findElement(By.id("error-contact")).getText()).isNotBlank();
      assertThat(s.driver.findElement(By.id("narrative")).getDomProperty("value"))
          .startsWith("Інімді түнде");
      assertThat(s.driver.findElement(By.id("stillHeld-yes")).isSelected()).isTrue();
      s.driver.findElement(By.id("contact")).sendKeys("+7 701 123 4567");
      press("lodge");
      s.waitFor(By.id("secret"));
      reference = s.driver.findElement(By.id("reference")).getText();
      secret = s.driver.findElement(By.id("secret")).getText();
      assertThat(reference).startsWith("HC-");
      s.assertNoRawCodes();
      s.screenshot("complaint-lodged-kk.png");
      lookUp(reference, secret);
      assertThat(s.driver.findElement(By.id("status-value")).getText()).isEqualTo("Қабылданды");
    } finally {
      s.desktop();
    }

    // A monitor at their desk triages it and refers it to the prosecutor.
    s.driver.manage().deleteAllCookies();
    // Signed in by hand: the monitor's landing page belongs to another part of issue 15.
    s.open("/login");
    s.driver.findElement(By.id("username")).sendKeys("monitor");
    s.driver.findElement(By.id("password")).sendKeys("habeas-demo");
    press("sign-in");
    new WebDriverWait(s.driver, Duration.ofSeconds(15)).until(d -> !path().equals("/login"));
    s.open("/complaints?q=" + reference);
    s.waitFor(By.id("complaints"));
    s.driver.findElement(By.linkText(reference)).click();
    s.waitFor(By.id("triage-form"));
    new Select(s.driver.findElement(By.id("triage-category"))).selectByValue("TORTURE");
    press("triage");
    waitUntilTimeline(2);
    new Select(s.driver.findElement(By.id("next-status"))).selectByValue("REFERRED_TO_PROSECUTOR");
    press("change-status");
    waitUntilTimeline(3);
    s.screenshot("complaint-referred.png");
    s.driver.manage().deleteAllCookies();

    // The public status shows the referral, in Kazakh.
    s.open("/complaints/status");
    s.waitFor(By.id("status-form"));
    s.language("kk");
    lookUp(reference, secret);
    assertThat(s.driver.findElement(By.id("status-value")).getText())
        .isEqualTo("Прокурорға жіберілді");
  }

  /**
   * Issue 16: a relative reports a detention on a phone in Kazakh (meeting every error at once, the
   * input kept), receives the code without it ever being in an address, follows the report in
   * Russian, and the form reads in English at desktop width.
   */
  @Test
  void aRelativeReportsADetentionOnAPhoneAndFollowsItByItsCode() throws Exception {
    var s = session;
    var person = "Ержан Сапаров " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    String code;
    s.phone();
    try {
      s.open("/");
      s.waitFor(By.id("public-home"));
      s.language("kk");
      press("home-report");
      s.waitFor(By.id("report-form"));
      assertThat(s.driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Ұстау туралы хабарлау");
      s.assertFitsWidth();
      s.assertNoRawCodes();
      s.screenshot("detention-report-new-kk-phone.png");
      s.driver.findElement(By.id("personName")).sendKeys(person);
      press("send-report");
      s.waitFor(By.id("error-summary"));
      assertThat(s.driver.findElements(By.id("error-since"))).isNotEmpty();
      assertThat(s.driver.findElements(By.id("error-account"))).isNotEmpty();
      assertThat(s.driver.findElements(By.id("error-reporterRelation"))).isNotEmpty();
      assertThat(s.driver.findElement(By.id("personName")).getDomProperty("value"))
          .isEqualTo(person);
      s.assertFitsWidth();
      s.assertNoRawCodes();
      s.screenshot("detention-report-errors-kk-phone.png");
      s.setValue("birthDate", "1992-07-15");
      s.setValue(
          "since",
          LocalDateTime.ofInstant(
                  TestClock.now().minus(Duration.ofHours(1)), ZoneId.of("Asia/Almaty"))
              .truncatedTo(ChronoUnit.MINUTES)
              .toString());
      new Select(s.driver.findElement(By.id("facilityId"))).selectByValue("kz-ast-tdf1");
      s.driver.findElement(By.id("account")).sendKeys("Інімді үйінен полиция алып кетті.");
      new Select(s.driver.findElement(By.id("reporterRelation"))).selectByValue("RELATIVE");
      press("send-report");
      s.waitFor(By.id("code"));
      code = s.driver.findElement(By.id("code")).getText();
      assertThat(code).startsWith("DR-");
      assertThat(path()).isEqualTo("/detention-reports/made");
      assertThat(s.driver.getCurrentUrl()).doesNotContain(code);
      s.assertFitsWidth();
      s.assertNoRawCodes("DR");
      s.screenshot("detention-report-made-kk-phone.png");
      s.driver.navigate().refresh();
      s.waitFor(By.id("code-shown"));
      assertThat(s.driver.findElements(By.id("code"))).isEmpty();

      // Followed in Russian, by the code typed into the form (never in the address).
      press("follow-report");
      s.waitFor(By.id("status-form"));
      s.language("ru");
      s.driver.findElement(By.id("code")).sendKeys(code);
      press("look-up");
      s.waitFor(By.id("state"));
      assertThat(s.driver.findElement(By.id("state")).getText())
          .isEqualTo("Ожидается протокол задержания");
      s.assertFitsWidth();
      s.assertNoRawCodes();
      s.screenshot("detention-report-status-ru-phone.png");
    } finally {
      s.desktop();
    }
    s.open("/detention-reports/new");
    s.waitFor(By.id("report-form"));
    s.language("en");
    s.assertNoRawCodes();
    s.screenshot("detention-report-new-en.png");
  }

  private void lookUp(String reference, String secret) {
    session.open("/complaints/status");
    session.waitFor(By.id("status-form"));
    session.driver.findElement(By.id("reference")).sendKeys(reference);
    session.driver.findElement(By.id("secret")).sendKeys(secret);
    press("look-up");
    session.waitFor(By.id("status-value"));
  }

  private void waitUntilTimeline(int entries) {
    session.waitUntil(d -> d.findElements(By.cssSelector("#timeline li")).size() == entries);
  }

  /** Scrolls the element to the middle of the screen, then clicks it. */
  private void press(String id) {
    var el = session.driver.findElement(By.id(id));
    ((JavascriptExecutor) session.driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
    el.click();
  }

  private String path() {
    return URI.create(session.driver.getCurrentUrl()).getPath();
  }

  private long stored(String narrative) {
    return jdbc.sql("select count(*) from complaint where narrative = ?")
        .param(narrative)
        .query(Long.class)
        .single();
  }
}
