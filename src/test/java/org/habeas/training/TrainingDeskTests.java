package org.habeas.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator's start page lists what needs them: runs due, runs to close, gaps. */
@IntegrationTest
class TrainingDeskTests {

  private static final Actor TRAINER =
      new Actor("trainer", "Marat Iskakov", Role.TRAINER, null, null, "en");

  @Autowired MockMvc mvc;
  @Autowired TrainingDesk desk;
  @Autowired Courses courses;
  @Autowired StaffDirectory directory;
  @Autowired Participants participants;

  @Test
  void listsTheRunUnderWayAndTheFinishedRunWithPeopleStillToRecord() throws Exception {
    var tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var today = desk.today();
    var course = courses.courses().getFirst();
    var running =
        courses.addRun(
            TRAINER,
            new CourseRun(
                "",
                course.id(),
                "NOW-" + tag,
                today.minusDays(2),
                today.plusDays(3),
                "ru",
                null,
                null));
    var finished =
        courses.addRun(
            TRAINER,
            new CourseRun(
                "",
                course.id(),
                "DONE-" + tag,
                today.minusDays(20),
                today.minusDays(10),
                "ru",
                null,
                null));
    var a = person("A-" + tag);
    var b = person("B-" + tag);
    participants.enrol(TRAINER, running, a);
    participants.enrol(TRAINER, finished, a);
    participants.complete(
        TRAINER,
        new Completion(finished, b, today.minusDays(10), 90, new BigDecimal("80"), "MANUAL"),
        null);

    assertThat(desk.runsDue())
        .anySatisfy(
            d -> {
              assertThat(d.run().id()).isEqualTo(running);
              assertThat(d.started()).isTrue();
              assertThat(d.enrolled()).isEqualTo(1);
            });
    assertThat(desk.runsToClose())
        .anySatisfy(
            c -> {
              assertThat(c.run().id()).isEqualTo(finished);
              assertThat(c.notCompleted()).isEqualTo(1);
              assertThat(c.notCertified()).isEqualTo(1);
            });

    mvc.perform(get("/training").with(user("trainer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"desk\"")))
        .andExpect(content().string(containsString("NOW-" + tag)))
        .andExpect(content().string(containsString("DONE-" + tag)))
        .andExpect(content().string(containsString("id=\"runs-to-close\"")));
  }

  private String person(String number) {
    return directory.add(
        TRAINER,
        new Staff(
            "",
            number,
            "Desk Person " + number,
            null,
            "custody-staff",
            "police",
            "kz-ast-tdf1",
            null,
            null,
            "en"));
  }
}
