package org.habeas.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.habeas.ModuleFixtures;
import org.habeas.system.Actor;
import org.habeas.system.Agencies;
import org.habeas.system.Role;
import org.habeas.system.VideoRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Training with the modules it may use, and what those use in turn: a trainer adds a course in the
 * three languages and a run of it, and the run is listed under its course.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
// What system and training ask of modules they may not depend on (monitoring, complaints).
@MockitoBean(types = {Agencies.class, VideoRegister.class, FacilityComplaintCounts.class})
// No other test shares this context: closed after the class, its connections go back to the server.
@DirtiesContext
class TrainingModuleTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    ModuleFixtures.database(registry);
  }

  private static final Actor TRAINER =
      new Actor("mt-trainer", "Module Trainer", Role.TRAINER, null, null, "en");

  @Autowired private Courses courses;

  @Test
  void aRunOfANewCourseIsListedUnderIt() {
    // given a course a trainer adds (codes are unique: this run's own)
    var code = "MT-" + Long.toString(System.nanoTime(), 36);
    var courseId =
        courses.addCourse(
            TRAINER,
            new Course(
                "",
                code,
                "Prohibition of ill-treatment",
                "Запрет жестокого обращения",
                "Қатыгез қарауға тыйым салу",
                "HELP",
                "ill-treatment",
                "tutored",
                List.of("kk", "ru", "en"),
                20));

    // when they add a run of it in Kazakh
    var runId =
        courses.addRun(
            TRAINER,
            new CourseRun(
                "",
                courseId,
                code + "-A",
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 11),
                "kk",
                null,
                null));

    // then the run is found under its course, in its language
    assertThat(courses.runs(courseId, 0, 10))
        .extracting(CourseRun::id, CourseRun::language)
        .containsExactly(tuple(runId, "kk"));
  }
}
