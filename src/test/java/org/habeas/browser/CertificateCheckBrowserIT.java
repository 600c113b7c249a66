package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.habeas.training.Certificates;
import org.habeas.training.Completion;
import org.habeas.training.CourseRun;
import org.habeas.training.Courses;
import org.habeas.training.Participants;
import org.habeas.training.Staff;
import org.habeas.training.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Anyone, without signing in, checks a certificate's code: a real one, then a wrong one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CertificateCheckBrowserIT {

  @LocalServerPort int port;

  @Test
  void thePublicChecksAValidAndAnInvalidCode(
      @Autowired StaffDirectory directory,
      @Autowired Courses courses,
      @Autowired Participants participants,
      @Autowired Certificates certificates)
      throws Exception {
    var tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    var trainer = new Actor("trainer", "Marat Iskakov", Role.TRAINER, null, null, "kk");
    var name = "Әсел Құрманғали " + tag;
    var staff =
        directory.add(
            trainer,
            new Staff(
                "", "V-" + tag, name, null, "investigator", "police", null, null, null, "kk"));
    var course = courses.courses().getFirst();
    var run =
        courses.addRun(
            trainer,
            new CourseRun(
                "",
                course.id(),
                "VERIFY-" + tag,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 4, 30),
                course.languages().getFirst(),
                null,
                null));
    participants.complete(
        trainer,
        new Completion(run, staff, LocalDate.of(2026, 4, 30), 100, new BigDecimal("90"), "MANUAL"),
        null);
    var code = certificates.issue(trainer, run, staff, "ATTENDANCE", "kk").printedCode();

    try (var browser = BrowserSession.start(port)) {
      browser.open("/training/certificates/verify");
      assertThat(browser.driver.findElements(By.id("who"))).isEmpty(); // nobody signed in
      browser.driver.findElement(By.id("code")).sendKeys(code.toLowerCase().replace("-", " "));
      browser.driver.findElement(By.id("check")).click();
      browser.waitFor(By.id("valid"));
      assertThat(browser.text(By.id("holder"))).isEqualTo(name);
      assertThat(browser.text(By.id("course"))).isEqualTo(course.titleEn());

      browser.driver.findElement(By.id("code")).clear();
      browser.driver.findElement(By.id("code")).sendKeys("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
      browser.driver.findElement(By.id("check")).click();
      browser.waitFor(By.id("invalid"));
      assertThat(browser.driver.findElements(By.id("valid"))).isEmpty();
    }
  }
}
