package org.habeas.demo;

import static org.habeas.demo.DemoPeople.pick;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.habeas.system.Actor;
import org.habeas.system.Facility;
import org.habeas.system.Role;
import org.habeas.training.Certificates;
import org.habeas.training.Completion;
import org.habeas.training.Course;
import org.habeas.training.CourseRun;
import org.habeas.training.Courses;
import org.habeas.training.JointEvent;
import org.habeas.training.JointEvents;
import org.habeas.training.Participants;
import org.habeas.training.Staff;
import org.habeas.training.StaffDirectory;
import org.habeas.training.Tutor;
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
 * The demo's training data, after the custody records: a staff directory for the Kazakh facilities
 * (the investigators, doctors and custody officers the demo records name, and their colleagues),
 * four HELP courses and an academy programme, runs with completions and certificates, a joint round
 * table with follow-ups, and one run still open for a Moodle import.
 */
@Component
@Order(1)
class DemoTraining implements ApplicationRunner {

  /** The run left without completions, for trying the Moodle import. */
  static final String OPEN_RUN = "HELP-DATA-2026-12";

  private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);
  private static final Actor TRAINER =
      new Actor("trainer", "Marat Iskakov", Role.TRAINER, null, null, "kk");

  private final StaffDirectory directory;
  private final Courses courses;
  private final Participants participants;
  private final Certificates certificates;
  private final JointEvents events;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final boolean enabled;

  DemoTraining(
      StaffDirectory directory,
      Courses courses,
      Participants participants,
      Certificates certificates,
      JointEvents events,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${habeas.demo.enabled:false}") boolean enabled) {
    this.enabled = enabled;
    this.directory = directory;
    this.courses = courses;
    this.participants = participants;
    this.certificates = certificates;
    this.events = events;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    if (directory.count(null) > 0 || !courses.courses().isEmpty()) {
      return;
    }
    try {
      tx.executeWithoutResult(s -> load());
      log.info("Demo data: training directory, courses, runs and a joint event loaded");
    } catch (RuntimeException e) {
      log.warn("Demo data: training not loaded ({})", e.getClass().getSimpleName(), e);
    }
  }

  private void load() {
    var staff = staff();
    var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    var year = today.getYear();
    var illTreatment =
        course(
            "HELP-ILLTREAT",
            "Prohibition of ill-treatment",
            "Запрет жестокого обращения",
            "Қатыгез қарауға тыйым салу",
            "HELP",
            "ill-treatment",
            "tutored",
            List.of("kk", "ru", "en"),
            20);
    var cpt =
        course(
            "HELP-CPT",
            "CPT standards",
            "Стандарты ЕКПП",
            "ЕҚАК стандарттары",
            "HELP",
            "cpt-standards",
            "self-study",
            List.of("ru", "en"),
            10);
    var procedural =
        course(
            "HELP-PROC",
            "Procedural safeguards in criminal proceedings",
            "Процессуальные гарантии в уголовном процессе",
            "Қылмыстық процестегі процестік кепілдіктер",
            "HELP",
            "procedural-safeguards",
            "blended",
            List.of("kk", "ru"),
            24);
    var data =
        course(
            "HELP-DATA",
            "Data protection and privacy rights",
            "Защита данных и право на неприкосновенность частной жизни",
            "Деректерді қорғау және жеке өмірге қол сұқпаушылық құқығы",
            "HELP",
            "data-protection",
            "self-study",
            List.of("ru", "en"),
            8);
    var academy =
        course(
            "KZ-ACAD-RIGHTS",
            "Rights of detained persons (Academy of the Ministry of Internal Affairs)",
            "Права задержанных (Академия МВД)",
            "Ұсталған адамдардың құқықтары (ІІМ академиясы)",
            "NATIONAL",
            "procedural-safeguards",
            "in-person",
            List.of("kk", "ru"),
            16);
    var tutor1 =
        courses.addTutor(
            TRAINER, new Tutor("", "Gulzhan Nurmagambetova", LocalDate.of(2023, 5, 12)));
    var tutor2 =
        courses.addTutor(TRAINER, new Tutor("", "Andrei Kovalenko", LocalDate.of(2022, 11, 3)));
    var runIll =
        run(
            illTreatment,
            "HELP-ILLTREAT-" + year + "-AST",
            LocalDate.of(year, 3, 2),
            59,
            "kk",
            "Astana",
            tutor1);
    var runProc =
        run(
            procedural,
            "HELP-PROC-" + year + "-ALM",
            LocalDate.of(year, 5, 11),
            46,
            "ru",
            "Almaty",
            tutor2);
    var runCpt = run(cpt, "HELP-CPT-" + year, LocalDate.of(year, 1, 15), 300, "ru", null, null);
    var runAcademy =
        run(
            academy,
            "KZ-ACAD-" + year + "-KAR",
            LocalDate.of(year, 9, 7),
            2,
            "ru",
            "Karaganda",
            null);
    run(data, OPEN_RUN, LocalDate.of(year, 12, 1), 30, "ru", null, null);

    var r = new Random(8);
    for (var s : staff) {
      var f = s.facilityId() == null ? "" : s.facilityId();
      if (f.startsWith("kz-ast") && r.nextDouble() < 0.7) {
        complete(runIll, s, LocalDate.of(year, 4, 30), score(r));
      }
      if (f.startsWith("kz-alm") && r.nextDouble() < 0.45) {
        complete(runProc, s, LocalDate.of(year, 6, 26), score(r));
      }
      if (r.nextDouble() < 0.3) {
        complete(runCpt, s, LocalDate.of(year, 2, 1).plusDays(r.nextInt(120)), score(r));
      }
      if (f.startsWith("kz-kar") && r.nextDouble() < 0.5) {
        complete(runAcademy, s, LocalDate.of(year, 9, 9), null);
      }
    }
    int issued = 0;
    for (var p : participants.of(runIll)) {
      if (p.completion() != null && issued < 6) {
        var score = p.completion().score();
        var kind = score != null && score.compareTo(Certificates.PASS) >= 0 ? "HELP" : "ATTENDANCE";
        certificates.issue(TRAINER, runIll, p.staff().id(), kind, null);
        issued++;
      }
    }
    events.record(
        TRAINER,
        new JointEvent(
            "",
            "round-table",
            "Safeguards in the first hours of detention: findings and next steps",
            LocalDate.of(year, 10, 15),
            "Astana, Supreme Court",
            List.of("supreme-court", "prosecutor-general", "bar-association", "council-of-europe"),
            "1. Findings of monitoring visits to temporary detention facilities\n"
                + "2. Access to a lawyer from the moment of actual apprehension\n"
                + "3. Training plan for the next year",
            "Agreed to include the HELP course on ill-treatment in the Academy programme and to"
                + " review the practice of night questioning."),
        List.of(
            new JointEvent.Participant(null, "Aidar Bekenov", "Supreme Court"),
            new JointEvent.Participant(null, "Saule Mukhamedova", "Prosecutor General’s Office"),
            new JointEvent.Participant(null, "Yerzhan Tulegenov", "Almaty City Bar Association")),
        List.of(
            new JointEvent.FollowUp(
                "Add the HELP ill-treatment course to the Academy’s curriculum",
                "Academy of the Ministry of Internal Affairs",
                LocalDate.of(year + 1, 3, 1),
                "REC-" + year + "-014"),
            new JointEvent.FollowUp(
                "Circular on recording the time of actual apprehension",
                "Prosecutor General’s Office",
                LocalDate.of(year + 1, 1, 31),
                null)));
  }

  /** The people the demo records name, and their colleagues at each Kazakh facility. */
  private List<Staff> staff() {
    var r = new Random(42);
    var added = new ArrayList<Staff>();
    int n = 100;
    for (var f : DemoDirectory.FACILITIES) {
      if (!f.jurisdiction().equals("kz")) {
        continue;
      }
      var region = f.regionCode();
      String prefix = "KZ-" + region.toUpperCase(Locale.ROOT) + "-";
      for (var u : DemoDirectory.USERS) {
        if (f.id().equals(u.facilityId())
            && (u.role() == Role.CUSTODY_OFFICER || u.role() == Role.DOCTOR)) {
          var position = u.role() == Role.DOCTOR ? "doctor" : "custody-staff";
          added.add(add(prefix + n++, u.displayName(), position, f, "Shift A", u.username()));
        }
        if (f.id().equals(u.facilityId()) && u.role() == Role.INVESTIGATOR) {
          added.add(
              add(
                  prefix + n++,
                  u.displayName(),
                  "investigator",
                  f,
                  "Investigations",
                  u.username()));
        }
      }
      if (f.kind().equals(DemoDirectory.KIND_PD)
          && DemoDirectory.of(region, DemoDirectory.KIND_PD).getFirst().id().equals(f.id())) {
        for (var name : DemoDirectory.known(DemoRecords.INVESTIGATORS, region)) {
          added.add(add(prefix + n++, name, "investigator", f, "Investigations", null));
        }
      }
      if (f.kind().equals(DemoDirectory.KIND_TDF) && DemoRecords.TDF_DOCTOR.containsKey(region)) {
        added.add(add(prefix + n++, DemoRecords.TDF_DOCTOR.get(region), "doctor", f, null, null));
      }
      int colleagues = 2 + r.nextInt(3);
      for (int i = 0; i < colleagues; i++) {
        var woman = r.nextDouble() < 0.3;
        var given = pick(r, woman ? DemoPeople.KAZAKH_WOMEN : DemoPeople.KAZAKH_MEN);
        var surname = pick(r, DemoPeople.KAZAKH_SURNAMES) + (woman ? "a" : "");
        var position = f.kind().equals(DemoDirectory.KIND_PD) ? "police-officer" : "custody-staff";
        added.add(
            add(
                prefix + n++,
                given + " " + surname,
                position,
                f,
                i % 2 == 0 ? "Shift A" : "Shift B",
                null));
      }
    }
    return added;
  }

  private Staff add(
      String number,
      String name,
      String position,
      Facility f,
      @Nullable String team,
      @Nullable String username) {
    var email = number.toLowerCase(Locale.ROOT) + "@police.example.kz";
    var s =
        new Staff(
            "",
            number,
            name,
            email,
            position,
            position.equals("doctor") ? "health" : "police",
            f.id(),
            team,
            username,
            f.regionCode().equals("ast") ? "kk" : "ru");
    var id = directory.add(TRAINER, s);
    return directory.find(id).orElseThrow();
  }

  private String course(
      String code,
      String en,
      String ru,
      String kk,
      String provider,
      String subject,
      String format,
      List<String> languages,
      int hours) {
    return courses.addCourse(
        TRAINER, new Course("", code, en, ru, kk, provider, subject, format, languages, hours));
  }

  private String run(
      String course,
      String code,
      LocalDate starts,
      int days,
      String language,
      @Nullable String place,
      @Nullable String tutor) {
    return courses.addRun(
        TRAINER,
        new CourseRun("", course, code, starts, starts.plusDays(days), language, place, tutor));
  }

  private void complete(String run, Staff s, LocalDate on, @Nullable BigDecimal score) {
    if (on.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
      return; // not yet: the demo's year is the current one
    }
    participants.complete(
        TRAINER,
        new Completion(run, s.id(), on, 80 + s.fullName().length() % 21, score, "MANUAL"),
        null);
  }

  private static BigDecimal score(Random r) {
    return BigDecimal.valueOf(45 + r.nextInt(56));
  }
}
