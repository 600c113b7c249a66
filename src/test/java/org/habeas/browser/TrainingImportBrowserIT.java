package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.habeas.training.Courses;
import org.habeas.training.Staff;
import org.habeas.training.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A training coordinator in real Chromium: create a run, upload a Moodle report with mismatches,
 * confirm the name match, import, and see that importing the same file again changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TrainingImportBrowserIT {

  @LocalServerPort int port;

  @Test
  void coordinatorImportsAReportAndResolvesANameMatch(
      @Autowired StaffDirectory directory, @Autowired Courses courses) throws Exception {
    var tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    var trainer = new Actor("trainer", "Marat Iskakov", Role.TRAINER, null, null, "kk");
    for (var p :
        new String[][] {{"B1-" + tag, "Aruzhan Bekova" + tag}, {"B2-" + tag, "Dias Name" + tag}}) {
      directory.add(
          trainer,
          new Staff(
              "", p[0], p[1], null, "custody-staff", "police", "kz-ast-tdf1", null, null, "kk"));
    }
    var course = courses.courses().getFirst();
    var csv = Files.createTempFile("moodle-completion-", ".csv");
    Files.writeString(
        csv,
        """
        "First name","Surname","ID number","Email address","Course complete","Completion date"
        Aruzhan,Bekova%1$s,B1-%1$s,,Completed,2026-11-20
        Dias,Name%1$s,,,Completed,2026-11-21
        Ghost,Person,ZZ-%1$s,,Completed,2026-11-21
        """
            .formatted(tag),
        StandardCharsets.UTF_8);

    try (var browser = BrowserSession.start(port)) {
      browser.open("/training");
      browser.signInHere("trainer");

      // A new run of a course.
      new Select(browser.driver.findElement(By.id("t-courseId"))).selectByValue(course.id());
      browser.driver.findElement(By.id("t-code")).sendKeys("BROWSER-" + tag);
      browser.setValue("t-startsOn", "2026-11-02");
      browser.setValue("t-endsOn", "2026-11-30");
      new Select(browser.driver.findElement(By.id("t-language")))
          .selectByValue(course.languages().getFirst());
      browser.driver.findElement(By.id("create-run")).click();
      browser.waitFor(By.id("run-code"));
      assertThat(browser.text(By.id("run-code"))).isEqualTo("BROWSER-" + tag);

      // Upload: number matched, name to confirm, one unknown.
      upload(browser, csv.toString());
      assertThat(status(browser, 2)).isEqualTo("BY_NUMBER");
      assertThat(status(browser, 3)).isEqualTo("BY_NAME_TO_CONFIRM");
      assertThat(status(browser, 4)).isEqualTo("UNKNOWN_NUMBER");
      assertThat(browser.driver.findElement(By.id("take-2")).isSelected()).isTrue();
      assertThat(browser.driver.findElement(By.id("take-3")).isSelected()).isFalse();
      assertThat(browser.driver.findElements(By.id("take-4"))).isEmpty();
      browser.driver.findElement(By.id("take-3")).click();
      browser.driver.findElement(By.id("confirm-import")).click();
      browser.waitFor(By.id("import-result"));
      assertThat(browser.driver.findElements(By.cssSelector("#participants tbody tr"))).hasSize(2);

      // The same file again: recognised, and nothing changes.
      var runPage = browser.driver.getCurrentUrl();
      upload(browser, csv.toString());
      assertThat(browser.driver.findElements(By.id("earlier"))).isNotEmpty();
      assertThat(status(browser, 2)).isEqualTo("ALREADY");
      browser.driver.findElement(By.id("confirm-import")).click();
      browser.waitFor(By.id("import-result"));
      assertThat(browser.driver.getCurrentUrl()).isEqualTo(runPage);
      assertThat(browser.driver.findElements(By.cssSelector("#participants tbody tr"))).hasSize(2);
      assertThat(browser.text(By.id("import-result"))).contains("(0)");
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  private static void upload(BrowserSession browser, String file) {
    browser.driver.findElement(By.id("import-link")).click();
    browser.waitFor(By.id("upload-form"));
    browser.driver.findElement(By.id("t-file")).sendKeys(file);
    browser.driver.findElement(By.id("upload")).click();
    browser.waitFor(By.id("preview"));
  }

  private static String status(BrowserSession browser, int line) {
    return browser.driver.findElement(By.id("row-" + line)).getDomAttribute("data-status");
  }
}
