package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The administrator's day: lands on the administration page, creates a user through the form, gets
 * the one-time password, and finds the act in the audit; the pages in Kazakh and Russian show no
 * raw code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdminBrowserIT {

  @LocalServerPort int port;

  @Test
  void anAdministratorCreatesAUserAndSeesItInTheAudit() throws Exception {
    var name = "officer-" + UUID.randomUUID().toString().substring(0, 6);
    try (var browser = BrowserSession.start(port, 1280, 900)) {
      var driver = browser.driver;
      browser.signIn("admin");
      browser.assertLandsOn("/admin");
      browser.screenshot("admin-en.png");

      // A user, through the form: first refused with every problem, then stored.
      driver.findElement(By.id("new-user")).click();
      browser.waitFor(By.id("user-form"));
      driver.findElement(By.id("username")).sendKeys(name);
      new Select(driver.findElement(By.id("role"))).selectByValue("CUSTODY_OFFICER");
      driver.findElement(By.id("save-user")).click();
      browser.waitFor(By.id("form-errors"));
      assertThat(driver.findElements(By.id("displayName-err"))).hasSize(1);
      assertThat(driver.findElements(By.id("facilityId-err"))).hasSize(1);
      assertThat(driver.findElement(By.id("username")).getDomProperty("value")).isEqualTo(name);

      driver.findElement(By.id("displayName")).sendKeys("Madina Serikbayeva");
      new Select(driver.findElement(By.id("facilityId"))).selectByValue("kz-ast-pd2");
      new Select(driver.findElement(By.id("language"))).selectByValue("ru");
      driver.findElement(By.id("email")).sendKeys("madina@example.kz");
      driver.findElement(By.id("save-user")).click();
      browser.waitFor(By.id("new-password"));
      assertThat(driver.findElement(By.id("new-password")).getText()).hasSize(19);

      // The act is in the audit.
      browser.open("/audit?kind=USER_CREATED");
      browser.waitFor(By.id("audit"));
      var audit = driver.findElement(By.id("audit")).getText();
      assertThat(audit).contains(name).contains("user created").contains("Custody officer");
      browser.screenshot("admin-audit-en.png");
      browser.open("/safeguards/profiles/kz");
      browser.waitFor(By.id("rules"));
      browser.screenshot("admin-profile-en.png");

      // In Kazakh, the users; in Russian, the audit: words, never codes.
      browser.open("/admin/users");
      browser.language("kk");
      browser.assertNoRawCodes();
      browser.screenshot("admin-users-kk.png");
      browser.open("/admin");
      browser.screenshot("admin-kk.png");
      browser.open("/audit");
      browser.language("ru");
      browser.assertNoRawCodes();
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Аудит");
      browser.screenshot("admin-audit-ru.png");
      // The facility's video register: a camera registered through the form, in Russian.
      browser.open("/admin/facilities/kz-ast-tdf1");
      new Select(driver.findElement(By.id("roomKind"))).selectByIndex(1);
      driver.findElement(By.id("label")).sendKeys("Browser camera " + name);
      driver.findElement(By.id("retentionDays")).sendKeys("30");
      driver.findElement(By.id("add-camera")).click();
      browser.waitFor(By.id("saved"));
      assertThat(driver.findElement(By.id("cameras")).getText()).contains("Browser camera " + name);
      browser.assertNoRawCodes();
      browser.screenshot("admin-facility-ru.png");
      browser.open("/admin");
      browser.screenshot("admin-ru.png");
      // The rules of a profile in Russian: kind, basis and confidence in words, and when each
      // applies, as the generated rule pages say them.
      browser.open("/safeguards/profiles/kz");
      browser.waitFor(By.id("rules"));
      browser.assertNoRawCodes();
      assertThat(driver.findElement(By.id("rules")).getText())
          .contains("Срок")
          .contains("Только если: лицо — иностранный гражданин");
      browser.screenshot("admin-profile-ru.png");
      browser.open("/safeguards/profiles/kz");
      browser.language("kk");
      browser.assertNoRawCodes();
      browser.screenshot("admin-profile-kk.png");
      browser.phone();
      browser.assertFitsWidth();
      browser.screenshot("admin-profile-kk-phone.png");
      browser.desktop();
      browser.language("en");

      // On a phone.
      browser.phone();
      browser.open("/admin");
      browser.assertFitsWidth();
      browser.screenshot("admin-phone.png");
      browser.open("/admin/users/" + name);
      browser.screenshot("admin-user-phone.png");
      browser.open("/admin/facilities/kz-ast-tdf1");
      browser.assertFitsWidth();
      browser.screenshot("admin-facility-phone.png");
      browser.desktop();
    }
  }
}
