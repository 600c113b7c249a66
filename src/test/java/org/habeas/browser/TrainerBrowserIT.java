package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.habeas.training.Certificates;
import org.habeas.training.Completion;
import org.habeas.training.CompletionDates;
import org.habeas.training.CourseRun;
import org.habeas.training.Courses;
import org.habeas.training.Participants;
import org.habeas.training.Staff;
import org.habeas.training.StaffDirectory;
import org.habeas.training.TrainingDesk;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The training coordinator's day in Chromium: lands on their desk, opens a run under way, sees a
 * certificate with the QR code of its public check (decoded from the screen), and is refused a
 * completion dated tomorrow, on its field; the desk in Kazakh and the certificate in Russian.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TrainerBrowserIT {

  @LocalServerPort int port;

  @Test
  void coordinatorWorksFromTheDeskToTheCertificateAndIsRefusedAFutureDate(
      @Autowired StaffDirectory directory,
      @Autowired Courses courses,
      @Autowired Participants participants,
      @Autowired Certificates certificates,
      @Autowired TrainingDesk desk,
      @Autowired Clock clock,
      @Autowired Users users)
      throws Exception {
    var tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    var trainer = new Actor("trainer", "Marat Iskakov", Role.TRAINER, null, null, "kk");
    var today = desk.today();
    var course = courses.courses().getFirst();
    var run =
        courses.addRun(
            trainer,
            new CourseRun(
                "",
                course.id(),
                "DESK-" + tag,
                today.minusDays(5),
                today.plusDays(5),
                course.languages().getFirst(),
                "Astana",
                null));
    var done = staff(directory, trainer, "QD-" + tag, "Aigerim Done " + tag);
    staff(directory, trainer, "QF-" + tag, "Bolat Future " + tag);
    participants.complete(
        trainer,
        new Completion(run, done, today.minusDays(1), 100, new BigDecimal("92"), "MANUAL"),
        null);
    var certificate = certificates.issue(trainer, run, done, "ATTENDANCE", "en");

    try (var browser = BrowserSession.start(port, 1280, 1000)) {
      browser.signIn("trainer");
      browser.assertLandsOn("/training");
      browser.waitFor(By.id("desk"));
      browser.language("kk");
      browser.assertNoRawCodes("Habeas", "Moodle", "HELP", "PDF");
      browser.language("en");
      browser.screenshot("trainer-en.png");

      // The run under way is on the desk; open it, then its certificate.
      browser.driver.findElement(By.linkText("DESK-" + tag)).click();
      browser.waitFor(By.id("run-code"));
      browser.driver.findElement(By.cssSelector("a.certificate-link")).click();
      browser.waitFor(By.id("qr"));
      var expected = browser.driver.findElement(By.id("verify-url")).getText();
      assertThat(expected)
          .endsWith("/training/certificates/verify?code=" + certificate.printedCode());
      var png =
          browser.driver.findElement(By.cssSelector("#qr svg")).getScreenshotAs(OutputType.BYTES);
      assertThat(decode(png)).isEqualTo(expected);
      browser.language("ru");
      // The verification code's groups are the code itself, printed as it must be typed.
      var allowed = new ArrayList<>(List.of("Habeas", "PDF", "QR"));
      allowed.addAll(List.of(certificate.printedCode().split("-")));
      browser.assertNoRawCodes(allowed.toArray(String[]::new));

      // A completion dated tomorrow is refused on its field; nothing is stored.
      browser.open("/training/runs/" + run);
      browser.waitFor(By.id("add-participant"));
      browser.driver.findElement(By.id("t-personnelNumber")).sendKeys("QF-" + tag);
      browser.setValue("t-completedOn", CompletionDates.latest(clock).plusDays(1).toString());
      browser.driver.findElement(By.id("save-participant")).click();
      browser.waitFor(By.id("t-completedOn-error"));
      assertThat(browser.driver.findElement(By.id("t-completedOn-error")).getText())
          .contains("ещё не наступила");
      assertThat(browser.driver.findElement(By.id("t-personnelNumber")).getDomAttribute("value"))
          .isEqualTo("QF-" + tag);
      assertThat(participants.of(run)).hasSize(1);
      browser.language("en");
    } finally {
      // The demo trainer reads Kazakh: whatever happened above, they keep their own language.
      users.setLanguage("trainer", "kk");
    }
  }

  private static String staff(StaffDirectory directory, Actor trainer, String number, String name) {
    return directory.add(
        trainer,
        new Staff(
            "", number, name, null, "custody-staff", "police", "kz-ast-tdf1", null, null, "en"));
  }

  private static String decode(byte[] png) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(png));
    int w = image.getWidth();
    int h = image.getHeight();
    var source = new RGBLuminanceSource(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(source)),
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
        .getText();
  }
}
