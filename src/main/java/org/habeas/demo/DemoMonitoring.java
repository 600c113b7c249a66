package org.habeas.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.habeas.monitoring.Cameras;
import org.habeas.monitoring.Checklists;
import org.habeas.monitoring.Findings;
import org.habeas.monitoring.RecommendationForm;
import org.habeas.monitoring.RecommendationIssuing;
import org.habeas.monitoring.RecommendationProgress;
import org.habeas.monitoring.RecommendationStatus;
import org.habeas.monitoring.Recommendations;
import org.habeas.monitoring.RecordSamples;
import org.habeas.monitoring.Visits;
import org.habeas.system.Actor;
import org.habeas.system.ScopedClock;
import org.habeas.system.Upload;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's monitoring, loaded after the custody records into a demo database that has no visit
 * yet: a video register with broken and missing cameras, a visit made to the Astana temporary
 * detention facility with its checklist, a sample of records, findings (one with a photo), a
 * planned visit to Almaty, and recommendations from several sources with progress reports and
 * statuses. The focal point reports for the Ministry of Internal Affairs.
 */
@Component
@Order(1)
class DemoMonitoring implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);

  private final Visits visits;
  private final Checklists checklists;
  private final RecordSamples samples;
  private final Findings findings;
  private final Cameras cameras;
  private final Recommendations recommendations;
  private final RecommendationIssuing issuing;
  private final RecommendationProgress progress;
  private final Users users;
  private final TransactionTemplate tx;
  private final ScopedClock clock;
  private final boolean enabled;

  DemoMonitoring(
      Visits visits,
      Checklists checklists,
      RecordSamples samples,
      Findings findings,
      Cameras cameras,
      Recommendations recommendations,
      RecommendationIssuing issuing,
      RecommendationProgress progress,
      Users users,
      PlatformTransactionManager transactions,
      ScopedClock clock,
      @Value("${habeas.demo.enabled:false}") boolean enabled) {
    this.enabled = enabled;
    this.visits = visits;
    this.checklists = checklists;
    this.samples = samples;
    this.findings = findings;
    this.cameras = cameras;
    this.recommendations = recommendations;
    this.issuing = issuing;
    this.progress = progress;
    this.users = users;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    var monitor = users.find("monitor");
    var admin = users.find("admin");
    var focal = users.find("focal-point");
    if (monitor.isEmpty() || admin.isEmpty() || focal.isEmpty() || visits.count(null) > 0) {
      return;
    }
    try {
      tx.executeWithoutResult(s -> load(monitor.get(), admin.get(), focal.get()));
      log.info("Demo data: monitoring visits, cameras and recommendations loaded");
    } catch (RuntimeException e) {
      log.warn("Demo data: monitoring not loaded ({})", e.toString());
    }
  }

  private Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  private void load(Actor monitor, Actor admin, Actor focal) {
    var now = clock.instant();
    var today = LocalDate.now(clock);
    recommendations.setAgency(admin, focal.username(), "interior");

    // The video register as it was found on an earlier visit, 40 days ago.
    var ast = DemoDirectory.AST_TDF;
    var room2 =
        clock.at(
            at(now.minus(Duration.ofDays(40))),
            () -> {
              cameras.add(
                  monitor, ast, "interrogation", "Interrogation room 1", "working", 30, null);
              var id =
                  cameras.add(
                      monitor, ast, "interrogation", "Interrogation room 2", "working", 30, null);
              cameras.add(monitor, ast, "corridor", "Corridor, ground floor", "working", 30, null);
              cameras.add(monitor, ast, "entrance", "Entrance and yard", "blind-spot", 14, null);
              cameras.add(
                  monitor,
                  "kz-alm-tdf1",
                  "interrogation",
                  "Interrogation room",
                  "missing",
                  null,
                  null);
              return id;
            });
    // Room 2's camera broke 20 days ago: questionings at the facility since then are flagged.
    clock.at(
        at(now.minus(Duration.ofDays(20))),
        () -> cameras.check(monitor, room2, "broken", 30, "No picture since the power cut", null));
    // Room 1's camera broke as well, 12 days ago, and nothing covers questioning there since.
    var room1 =
        cameras.of(ast).stream()
            .filter(c -> c.label().equals("Interrogation room 1"))
            .findFirst()
            .orElseThrow()
            .id();
    clock.at(
        at(now.minus(Duration.ofDays(12))),
        () -> cameras.check(monitor, room1, "broken", 30, "Recorder disk full", null));

    // A visit made five days ago.
    var visitDay = today.minusDays(5);
    var during = at(visitDay.atTime(10, 0).toInstant(ZoneOffset.ofHours(5)));
    var cameraFinding =
        clock.at(during, () -> visitMade(monitor, ast, visitDay, room2)).cameraFindingId();

    // A follow-up visit planned in Almaty.
    visits.plan(
        monitor,
        new Visits.Plan(
            "kz-alm-tdf1",
            today.plusDays(10),
            true,
            false,
            "Follow-up: video recording in the interrogation room",
            List.of()));

    var ids = clock.at(during, () -> issued(monitor, ast, today, visitDay, cameraFinding));
    var video = ids.get(0);
    var investigate = ids.get(1);
    var register = ids.get(2);
    var statistics = ids.get(3);
    var evidence = ids.get(4);

    // Progress: the ministry reports on the video recommendation, the commission validates.
    var report =
        clock.at(
            at(now.minus(Duration.ofDays(2))),
            () ->
                progress.report(
                    focal,
                    video,
                    "New recorders ordered for both rooms; delivery expected within four weeks.",
                    "Questioning moved to the room of the neighbouring police department"
                        + " meanwhile.",
                    RecommendationStatus.IN_PROGRESS,
                    List.of()));
    clock.at(
        at(now.minus(Duration.ofDays(1))),
        () -> progress.review(monitor, report, true, "Confirmed by telephone with the facility."));
    clock.at(during, () -> statuses(monitor, register, statistics, evidence, investigate));
  }

  private void statuses(
      Actor monitor, String register, String statistics, String evidence, String investigate) {
    progress.changeStatus(
        monitor, register, RecommendationStatus.IMPLEMENTED, "Register in use nationwide.");
    progress.changeStatus(
        monitor,
        statistics,
        RecommendationStatus.PARTIALLY_IMPLEMENTED,
        "Statistics published once a year, not quarterly.");
    progress.changeStatus(
        monitor,
        evidence,
        RecommendationStatus.NOT_ACCEPTED,
        "The court considers existing rules sufficient.");
    progress.changeStatus(
        monitor, investigate, RecommendationStatus.IN_PROGRESS, "Draft guidelines under review.");
  }

  private void answer(Actor a, String visit, String item, String answer, @Nullable String note) {
    checklists.answer(a, visit, item, answer, note);
  }

  /** The visit's own ids that the recommendations name. */
  private record VisitMade(String visitId, String cameraFindingId) {}

  /** The visit made five days ago, recorded as the team went through it. */
  private VisitMade visitMade(Actor monitor, String ast, LocalDate visitDay, String room2) {
    var visit =
        visits.plan(
            monitor,
            new Visits.Plan(
                ast,
                visitDay,
                false,
                true,
                "Unannounced visit: custody registration and video recording",
                List.of()));
    answer(monitor, visit, "register.kept", "YES", null);
    answer(monitor, visit, "register.complete", "PARTLY", "Release times missing on 3 pages");
    answer(monitor, visit, "register.matches", "NO", "See the sampled record finding");
    answer(monitor, visit, "safeguards.lawyer", "PARTLY", "Lawyers arrive after questioning");
    answer(monitor, visit, "safeguards.doctor", "YES", null);
    answer(monitor, visit, "questioning.video", "NO", "Both interrogation cameras broken");
    answer(monitor, visit, "conditions.light", "PARTLY", "Cells 4 and 5 without daylight");
    var sampled = samples.sample(monitor, visit, 5, visitDay.minusDays(25), visitDay, 2026L);
    cameras.check(monitor, room2, "broken", 30, "Still broken", visit);
    if (!sampled.isEmpty()) {
      findings.add(
          monitor,
          visit,
          new Findings.FindingForm(
              "The paper register shows the apprehension three hours earlier than the electronic"
                  + " record.",
              "high",
              sampled.getFirst(),
              null),
          List.of());
    }
    var cameraFinding =
        findings.add(
            monitor,
            visit,
            new Findings.FindingForm(
                "Neither interrogation room has a working camera; questioning continues there.",
                "critical",
                null,
                room2),
            List.of(new Upload("interrogation-room-2.png", photo())));
    return new VisitMade(visit, cameraFinding);
  }

  /** The recommendations issued after the visit, from it and from other sources. */
  private List<String> issued(
      Actor monitor, String ast, LocalDate today, LocalDate visitDay, String cameraFinding) {
    var video =
        issuing.issue(
            monitor,
            form(
                "visit",
                "Visit report, Astana TDF",
                "1",
                "Repair the cameras of both interrogation rooms and stop questioning in rooms"
                    + " without working video recording.",
                "Отремонтировать камеры в обеих комнатах допроса и не проводить допросы в"
                    + " помещениях без работающей видеозаписи.",
                "Екі жауап алу бөлмесіндегі камераларды жөндеу және жұмыс істейтін бейнежазбасы"
                    + " жоқ бөлмелерде жауап алуды тоқтату.",
                "interior",
                today.plusDays(30),
                "video",
                "all",
                "16.3",
                ast,
                cameraFinding,
                visitDay));
    // The CPT recommendation on access to a lawyer stays not started, and is overdue.
    issuing.issue(
        monitor,
        form(
            "cpt",
            "CPT report on the visit to Kazakhstan (demo)",
            "24",
            "Ensure that every person detained by the police has access to a lawyer from the"
                + " very outset of deprivation of liberty.",
            "Обеспечить каждому задержанному полицией доступ к адвокату с самого начала"
                + " лишения свободы.",
            "Полиция ұстаған әрбір адамға бостандығынан айырылған сәттен бастап адвокатқа"
                + " қол жеткізуді қамтамасыз ету.",
            "interior",
            today.minusDays(10),
            "safeguards",
            "all",
            "16.3",
            null,
            null,
            today.minusDays(200)));
    var investigate =
        issuing.issue(
            monitor,
            form(
                "cat",
                "UN Committee against Torture, concluding observations (demo)",
                "12",
                "Ensure that all allegations of torture and ill-treatment are investigated"
                    + " promptly, impartially and effectively.",
                "Обеспечить оперативное, беспристрастное и эффективное расследование всех"
                    + " заявлений о пытках и жестоком обращении.",
                "Азаптау және қатыгез қарым-қатынас туралы барлық арыздардың жедел, бейтарап"
                    + " және тиімді тергелуін қамтамасыз ету.",
                "prosecutor-general",
                today.plusDays(120),
                "investigation",
                "all",
                "16.3,16.a",
                null,
                null,
                today.minusDays(400)));
    var register =
        issuing.issue(
            monitor,
            form(
                "upr",
                "Universal Periodic Review, recommendations accepted (demo)",
                "140.52",
                "Keep a single electronic register of every person deprived of liberty.",
                "Вести единый электронный реестр всех лиц, лишённых свободы.",
                "Бостандығынан айырылған барлық адамдардың бірыңғай электрондық тізілімін жүргізу.",
                "justice",
                today.minusDays(60),
                "registration",
                "all",
                "16.3,16.9",
                null,
                null,
                today.minusDays(700)));
    var statistics =
        issuing.issue(
            monitor,
            form(
                "commission",
                "Annual report of the Commission on Human Rights (demo)",
                "7",
                "Publish quarterly statistics on complaints of torture and their outcome.",
                "Ежеквартально публиковать статистику жалоб на пытки и результатов их"
                    + " рассмотрения.",
                "Азаптау туралы шағымдар мен оларды қарау нәтижелерінің статистикасын тоқсан"
                    + " сайын жариялау.",
                "prosecutor-general",
                today.plusDays(45),
                "investigation",
                "all",
                "16.10",
                null,
                null,
                today.minusDays(90)));
    var evidence =
        issuing.issue(
            monitor,
            form(
                "echr",
                "ECtHR judgment (demo)",
                "98",
                "Exclude evidence obtained through ill-treatment from criminal proceedings.",
                "Исключать из уголовного процесса доказательства, полученные путём жестокого"
                    + " обращения.",
                "Қатыгез қарым-қатынас арқылы алынған дәлелдемелерді қылмыстық процестен алып"
                    + " тастау.",
                "supreme-court",
                today.plusDays(180),
                "ill-treatment",
                "all",
                "16.3",
                null,
                null,
                today.minusDays(300)));
    return List.of(video, investigate, register, statistics, evidence);
  }

  private static RecommendationForm form(
      String source,
      String document,
      String paragraph,
      String en,
      String ru,
      String kk,
      String agency,
      LocalDate deadline,
      String theme,
      String group,
      String sdg,
      @Nullable String facility,
      @Nullable String finding,
      LocalDate issued) {
    return new RecommendationForm(
        source,
        document,
        paragraph,
        en,
        ru,
        kk,
        agency,
        deadline.toString(),
        theme,
        group,
        sdg,
        facility,
        finding,
        issued.toString());
  }

  /** A small made-up "photo" (grey room, dark camera housing), so the demo needs no files. */
  static byte[] photo() {
    var image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0xB0B4B8));
    g.fillRect(0, 0, 160, 120);
    g.setColor(new Color(0x30343A));
    g.fillRect(110, 10, 36, 18);
    g.setColor(Color.RED);
    g.drawLine(108, 8, 148, 30);
    g.dispose();
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
