package org.habeas.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.habeas.complaints.Category;
import org.habeas.complaints.ComplainantRole;
import org.habeas.complaints.ComplaintIntake;
import org.habeas.complaints.ComplaintStatus;
import org.habeas.complaints.ContactPreference;
import org.habeas.complaints.Handling;
import org.habeas.complaints.Intake;
import org.habeas.complaints.Outcome;
import org.habeas.system.Actor;
import org.habeas.system.ScopedClock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo complaints written through {@link ComplaintIntake} and {@link Handling} as the public,
 * lawyers and monitors would make them, then triaged, assigned and moved on by the monitor and the
 * prosecutor. Complaints raised by the demo records' allegations and injuries come on their own
 * (the complaints module listens to the custody records).
 */
@Component
class DemoComplaints {

  /** One demo complaint and how far it got. */
  private record Planned(
      int daysAgo,
      String by,
      boolean oral,
      ComplainantRole role,
      @Nullable String name,
      @Nullable String victim,
      ContactPreference contact,
      @Nullable String reach,
      String narrative,
      @Nullable String facility,
      @Nullable String against,
      @Nullable String injuries,
      boolean stillHeld,
      @Nullable Category category,
      ComplaintStatus until,
      @Nullable Outcome outcome,
      String language) {}

  private static final List<Planned> PLAN =
      List.of(
          new Planned(
              1,
              "public",
              false,
              ComplainantRole.RELATIVE,
              "Айгерім Нұрланқызы",
              "Дархан Нұрланұлы",
              ContactPreference.PHONE,
              "+7 701 555 0101",
              "Ағамды кеше түнде ұстады. Таңертең көргенімде бетінде көгерген жерлер болды, ол тергеу"
                  + " кезінде ұрғанын айтты. Қорғаушы шақыруға рұқсат бермеді.",
              DemoDirectory.AST_TDF,
              "тергеушілер",
              "бетінде көгерген жерлер",
              true,
              null,
              ComplaintStatus.RECEIVED,
              null,
              "kk"),
          new Planned(
              2,
              "public",
              false,
              ComplainantRole.VICTIM,
              "Максим Ковалёв",
              null,
              ContactPreference.EMAIL,
              "m.kovalev@example.kz",
              "В отделе полиции меня держали 9 часов без протокола задержания, телефон забрали,"
                  + " родственникам не сообщили.",
              "kz-alm-pd1",
              "дежурная часть",
              null,
              false,
              Category.UNLAWFUL_DETENTION,
              ComplaintStatus.UNDER_EXAMINATION,
              null,
              "ru"),
          new Planned(
              4,
              "public",
              false,
              ComplainantRole.ANONYMOUS,
              null,
              null,
              ContactPreference.NONE,
              null,
              "Cell 3 at the temporary detention facility has no window and no working toilet;"
                  + " eight people are kept in it for days.",
              DemoDirectory.AST_TDF,
              null,
              null,
              true,
              Category.CONDITIONS,
              ComplaintStatus.REGISTERED,
              null,
              "en"),
          new Planned(
              6,
              "lawyer",
              false,
              ComplainantRole.LAWYER,
              "Gulnara Tasheva",
              "Ержан Сәрсенов",
              ContactPreference.THROUGH_LAWYER,
              null,
              "Мой подзащитный заявил, что во время допроса на него надевали пакет на голову и"
                  + " требовали признательных показаний. Медицинский осмотр не проводился.",
              DemoDirectory.AST_TDF,
              "оперуполномоченные",
              "ссадины на запястьях",
              true,
              Category.TORTURE,
              ComplaintStatus.REFERRED_TO_PROSECUTOR,
              null,
              "ru"),
          new Planned(
              9,
              "monitor",
              true,
              ComplainantRole.VICTIM,
              "Бекзат Оспанов",
              null,
              ContactPreference.THROUGH_LAWYER,
              null,
              "Said during the monitoring visit, in private: he was not allowed to call a lawyer for"
                  + " two days and was questioned at night without one.",
              "kz-ast-pd2",
              "duty investigator",
              null,
              false,
              Category.DENIAL_OF_LAWYER,
              ComplaintStatus.UNDER_EXAMINATION,
              null,
              "en"),
          new Planned(
              12,
              "public",
              false,
              ComplainantRole.WITNESS,
              "Сәуле Жұмабаева",
              "белгісіз жас жігіт",
              ContactPreference.PHONE,
              "+7 777 555 0199",
              "Полиция бөлімшесінің ауласында екі қызметкер ұсталған жігітті теуіп жатқанын көрдім.",
              "kz-kar-pd1",
              "екі полиция қызметкері",
              null,
              false,
              Category.ILL_TREATMENT,
              ComplaintStatus.REGISTERED,
              null,
              "kk"),
          new Planned(
              15,
              "lawyer",
              false,
              ComplainantRole.LAWYER,
              "Gulnara Tasheva",
              "Ирина Ли",
              ContactPreference.THROUGH_LAWYER,
              null,
              "Подзащитной отказали во встрече с адвокатом наедине, разговор проходил в присутствии"
                  + " сотрудника.",
              "kz-ast-sizo1",
              "администрация СИЗО",
              null,
              true,
              Category.DENIAL_OF_LAWYER,
              ComplaintStatus.CLOSED,
              Outcome.DISCIPLINARY_MEASURES,
              "ru"),
          new Planned(
              20,
              "monitor",
              true,
              ComplainantRole.VICTIM,
              "Асхат Әлиев",
              null,
              ContactPreference.NONE,
              null,
              "Reported in the visit: beaten with a plastic bottle filled with water on the kidneys"
                  + " to leave no marks.",
              DemoDirectory.AST_TDF,
              "two officers of the criminal police",
              "pain in the lower back",
              false,
              Category.TORTURE,
              ComplaintStatus.INVESTIGATION_OPENED,
              null,
              "en"),
          new Planned(
              26,
              "public",
              false,
              ComplainantRole.RELATIVE,
              "Людмила Петренко",
              "Олег Петренко",
              ContactPreference.POST,
              "Темиртау, ул. Мира 10, кв. 5",
              "Сына задержали без объяснения причин и отпустили через двое суток, протокол не"
                  + " составлялся.",
              "kz-kar-pd2",
              null,
              null,
              false,
              Category.UNLAWFUL_DETENTION,
              ComplaintStatus.CLOSED,
              Outcome.NOT_SUBSTANTIATED,
              "ru"),
          new Planned(
              3,
              "public",
              false,
              ComplainantRole.RELATIVE,
              "Айгерім Нұрланқызы",
              "Дархан Нұрланұлы",
              ContactPreference.PHONE,
              "+7 701 555 0101",
              "Бүгін де қайталап жазамын: ағамды әлі де ұстап отыр, дәрігер келмеді.",
              DemoDirectory.AST_TDF,
              null,
              null,
              true,
              null,
              ComplaintStatus.RECEIVED,
              null,
              "kk"));

  private final ComplaintIntake intake;
  private final Handling handling;
  private final ScopedClock clock;
  private final TransactionTemplate tx;

  DemoComplaints(
      ComplaintIntake intake,
      Handling handling,
      ScopedClock clock,
      PlatformTransactionManager transactions) {
    this.intake = intake;
    this.handling = handling;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Writes the demo complaints as of {@code now}; returns how many. */
  int load(Instant now, Function<String, Actor> actors) {
    int n = 0;
    for (var p : PLAN) {
      var at = now.minus(Duration.ofDays(p.daysAgo())).minus(Duration.ofHours(3 + n));
      int address = n;
      tx.executeWithoutResult(s -> write(p, at, actors, address));
      n++;
    }
    return n;
  }

  private void write(Planned p, Instant at, Function<String, Actor> actors, int address) {
    var lodged =
        clock.at(
            Clock.fixed(at, ZoneOffset.UTC),
            () ->
                p.by().equals("public")
                    ? intake.lodgePublic(intake(p, at), List.of(), "demo-" + address, p.language())
                    : intake.lodgeStaff(actors.apply(p.by()), intake(p, at), List.of(), p.oral()));
    var monitor = actors.apply("monitor");
    var category = p.category();
    if (category != null) {
      clock.at(
          Clock.fixed(at.plus(Duration.ofHours(20)), ZoneOffset.UTC),
          () -> {
            handling.triage(monitor, lodged.id(), category, p.stillHeld(), null);
            handling.assign(monitor, lodged.id(), "monitor");
          });
    }
    var step = at.plus(Duration.ofDays(1));
    for (var next :
        List.of(
            ComplaintStatus.UNDER_EXAMINATION,
            ComplaintStatus.REFERRED_TO_PROSECUTOR,
            ComplaintStatus.INVESTIGATION_OPENED)) {
      if (p.until().ordinal() < next.ordinal() || p.until() == ComplaintStatus.CLOSED) {
        break;
      }
      step = step.plus(Duration.ofDays(1));
      var who = next == ComplaintStatus.INVESTIGATION_OPENED ? actors.apply("prosecutor") : monitor;
      clock.at(
          Clock.fixed(step, ZoneOffset.UTC),
          () -> handling.changeStatus(who, lodged.id(), next, null, null));
    }
    if (p.until() == ComplaintStatus.CLOSED) {
      clock.at(
          Clock.fixed(step.plus(Duration.ofDays(2)), ZoneOffset.UTC),
          () ->
              handling.changeStatus(
                  monitor, lodged.id(), ComplaintStatus.CLOSED, p.outcome(), null));
    }
  }

  private static Intake intake(Planned p, Instant at) {
    return new Intake(
        p.role(),
        p.name(),
        p.victim(),
        p.contact(),
        p.reach(),
        p.narrative(),
        null,
        p.facility(),
        LocalDate.ofInstant(at.minus(Duration.ofDays(1)), ZoneOffset.UTC),
        p.against(),
        p.injuries(),
        p.stillHeld(),
        null);
  }
}
