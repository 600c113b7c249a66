package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.habeas.TestClock;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.custody.Released;
import org.habeas.system.Facilities;
import org.habeas.system.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The doctor's day in real Chromium (issue 15): sign in, land on the medical work, open a person
 * held at the facility, mark two regions on the body map by clicking the outlines, save, and see
 * the body map on the record; the pages in Kazakh and Russian show no raw code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DoctorBrowserIT {

  @LocalServerPort int port;

  @Test
  void doctorRecordsAnInjuryOnTheBodyMap(@Autowired CustodyRecords records, @Autowired Users users)
      throws Exception {
    // Someone brought to the doctor's facility an hour ago (the officer's part of the day).
    var officer = users.find("officer").orElseThrow();
    var at = TestClock.now().truncatedTo(ChronoUnit.MINUTES);
    var id =
        records.open(
            officer,
            new Apprehended(
                at.minus(90, ChronoUnit.MINUTES),
                "kz-ast-tdf1",
                new Person("Serik Browser-Patient", LocalDate.of(1991, 3, 4), null, "KZ", "kk"),
                "caught in the act",
                null,
                null,
                Jurisdiction.KZ));
    records.append(
        officer, id, new ArrivedAtFacility(at.minus(60, ChronoUnit.MINUTES), "kz-ast-tdf1"), null);

    try (var b = BrowserSession.start(port, 1280, 1000)) {
      var d = b.driver;
      b.signIn("doctor");
      b.assertLandsOn("/medical");
      if (!"en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang"))) {
        b.language("en");
      }
      b.waitFor(By.id("awaiting-" + id));
      b.assertNoRawCodes();
      b.screenshot("doctor-medical-en.png");

      // Open the person and go to the body map.
      d.findElement(By.cssSelector("#held-" + id + " a.patient-link")).click();
      b.waitFor(By.id("record-injury"));
      d.findElement(By.id("record-injury")).click();
      b.waitFor(By.cssSelector("form.injury-form.js"));

      // Click two regions on the outlines: the face (front) and the upper back.
      d.findElement(By.cssSelector("path[data-region='FACE']")).click();
      d.findElement(By.cssSelector("path[data-region='BACK_UPPER']")).click();
      assertThat(d.findElement(By.id("region-FACE")).isSelected()).isTrue();
      assertThat(d.findElement(By.id("region-BACK_UPPER")).isSelected()).isTrue();
      assertThat(d.findElement(By.cssSelector("path[data-region='FACE']")).getDomAttribute("class"))
          .contains("marked");
      // Only the ticked regions' inputs are shown.
      assertThat(d.findElement(By.id("f-kind-FACE")).isDisplayed()).isTrue();
      assertThat(d.findElement(By.id("f-kind-CHEST")).isDisplayed()).isFalse();
      new Select(d.findElement(By.id("f-kind-FACE"))).selectByValue("BRUISE");
      d.findElement(By.id("f-size-FACE")).sendKeys("4");
      new Select(d.findElement(By.id("f-age-FACE"))).selectByValue("DAYS_1_3");
      new Select(d.findElement(By.id("f-kind-BACK_UPPER"))).selectByValue("ABRASION");
      d.findElement(By.id("f-note-BACK_UPPER")).sendKeys("three parallel linear marks");
      d.findElement(By.id("f-account")).sendKeys("Says he was struck during the arrest.");
      b.screenshot("doctor-bodymap-form-en.png");
      d.findElement(By.id("save-injury")).click();

      // Back on the record: the body map with both regions and the legend.
      b.waitFor(By.id("timeline"));
      b.waitFor(By.cssSelector(".bodymap-injury"));
      var legend = d.findElement(By.cssSelector(".bodymap-injury .bodymap-legend")).getText();
      assertThat(legend).contains("Face").contains("Bruise").contains("4 cm");
      assertThat(legend).contains("Upper back").contains("Abrasion");
      assertThat(d.findElements(By.cssSelector(".bodymap-injury path.marked"))).hasSize(2);
      b.assertNoRawCodes();
      b.screenshot("doctor-bodymap-en.png");
      // The examination was completed with it: the person no longer awaits one.
      b.open("/medical");
      b.waitFor(By.id("held-" + id));
      assertThat(d.findElements(By.id("awaiting-" + id))).isEmpty();
      b.open("/custody/" + id);

      // The same record in Kazakh and the landing page in Russian: no raw code.
      b.language("kk");
      b.waitFor(By.cssSelector(".bodymap-injury"));
      assertThat(d.findElement(By.cssSelector(".bodymap-injury .bodymap-legend")).getText())
          .contains("Бет")
          .contains("Қанталау");
      b.assertNoRawCodes();
      b.screenshot("doctor-bodymap-kk.png");
      b.open("/medical");
      b.language("ru");
      b.waitFor(By.id("held"));
      b.assertNoRawCodes();
      b.screenshot("doctor-medical-ru.png");
      b.language("en");
      b.waitFor(By.id("held"));
      b.phone();
      b.open("/custody/" + id + "/injury");
      b.waitFor(By.cssSelector("form.injury-form.js"));
      b.assertFitsWidth();
      b.screenshot("doctor-bodymap-phone-en.png");
      b.desktop();
    }
  }

  /**
   * Issue 16: a person released this afternoon comes back with injuries in the evening. The doctor
   * is offered the medical forms under "After the release" and records the injury in words; it is
   * marked "after release"; the page in Kazakh and Russian, and at phone width.
   */
  @Test
  void doctorRecordsAnInjuryFoundAfterTheRelease(
      @Autowired CustodyRecords records, @Autowired Users users, @Autowired Facilities facilities)
      throws Exception {
    var officer = users.find("officer").orElseThrow();
    var at = TestClock.now().truncatedTo(ChronoUnit.MINUTES);
    var id =
        records.open(
            officer,
            new Apprehended(
                at.minus(10, ChronoUnit.HOURS),
                "kz-ast-tdf1",
                new Person("Daulet Released-Patient", LocalDate.of(1993, 5, 6), null, "KZ", "kk"),
                "caught in the act",
                null,
                null,
                Jurisdiction.KZ));
    records.append(
        officer, id, new ArrivedAtFacility(at.minus(9, ChronoUnit.HOURS), "kz-ast-tdf1"), null);
    records.append(
        officer, id, new Released(at.minus(4, ChronoUnit.HOURS), "no grounds to hold"), null);
    var zone = facilities.find("kz-ast-tdf1").orElseThrow().zone();
    var found =
        LocalDateTime.ofInstant(at.minus(1, ChronoUnit.HOURS), zone)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));

    try (var b = BrowserSession.start(port, 1280, 1000)) {
      var d = b.driver;
      b.signIn("doctor");
      var language = d.findElement(By.tagName("html")).getDomAttribute("lang");
      b.language("en");
      b.open("/custody/" + id);
      b.waitFor(By.id("timeline"));
      var select = new Select(d.findElement(By.id("form-type")));
      assertThat(select.getOptions().stream().map(o -> o.getDomAttribute("value")).toList())
          .containsExactly("MedicalExaminationCompleted", "InjuryRecorded");
      assertThat(d.findElement(By.id("after-release-types")).getDomAttribute("label"))
          .isEqualTo("After the release");
      select.selectByValue("InjuryRecorded");
      b.waitFor(By.id("f-recordedBy"));
      b.setValue("f-occurredAt", found);
      d.findElement(By.id("f-description")).sendKeys("bruises on both wrists, seen at hospital 2");
      d.findElement(By.id("f-recordedBy")).sendKeys("Aigerim Seitkali");
      d.findElement(By.id("save-event")).click();
      b.waitFor(By.cssSelector("#timeline .after-release"));
      assertThat(d.findElements(By.cssSelector("#timeline .after-release"))).hasSize(1);
      b.script(
          "document.querySelector(\'#timeline .after-release\').scrollIntoView({block: \'center\'});");
      b.screenshot("doctor-after-release-en.png");
      b.language("kk");
      b.assertNoRawCodes();
      b.script(
          "document.querySelector(\'#timeline .after-release\').scrollIntoView({block: \'center\'});");
      b.screenshot("doctor-after-release-kk.png");
      b.language("ru");
      b.assertNoRawCodes();
      b.script(
          "document.querySelector(\'#timeline .after-release\').scrollIntoView({block: \'center\'});");
      b.screenshot("doctor-after-release-ru.png");
      b.phone();
      b.assertFitsWidth();
      b.script(
          "document.querySelector(\'#timeline .after-release\').scrollIntoView({block: \'center\'});");
      b.screenshot("doctor-after-release-390.png");
      b.desktop();
      b.language(language == null ? "en" : language);
    }
  }
}
