package org.habeas.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A completion dated after today is never stored: not from Moodle, not from the form. */
@IntegrationTest
class FutureCompletionTests {

  private static final Actor TRAINER =
      new Actor("trainer", "Marat Iskakov", Role.TRAINER, null, null, "en");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired org.habeas.system.web.Formats formats;
  @Autowired StaffDirectory directory;
  @Autowired Courses courses;
  @Autowired Participants participants;

  @Test
  void importNamesTheFutureRowAndItsFieldAndStoresNothingOfIt() throws Exception {
    var tag = tag();
    var today = CompletionDates.latest(clock).minusDays(1);
    var tomorrow = CompletionDates.latest(clock).plusDays(1);
    var done = person("D-" + tag, "Done Today" + tag);
    var ahead = person("F-" + tag, "Future Person" + tag);
    var run = run(tag, today.minusDays(20), today.plusDays(10));
    var csv =
        """
        "First name","Surname","ID number","Course complete","Completion date"
        Done,Today%1$s,D-%1$s,Completed,%2$s
        Future,Person%1$s,F-%1$s,Completed,%3$s
        """
            .formatted(tag, today, tomorrow);
    var preview = upload(run, csv);

    mvc.perform(get(preview).with(as("trainer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-status=\"FUTURE_DATE\"")))
        .andExpect(content().string(containsString("id=\"error-3\"")))
        .andExpect(
            content()
                .string(
                    containsString(formats.date(tomorrow, java.util.Locale.forLanguageTag("kk")))))
        .andExpect(content().string(not(containsString("id=\"take-3\""))));

    // A forged confirmation of the future row is refused as a whole: nothing stored.
    long before = count("training_completion");
    mvc.perform(post(preview).with(as("trainer")).with(csrf()).param("line", "2", "3"))
        .andExpect(status().isBadRequest());
    assertThat(count("training_completion")).isEqualTo(before);
    assertThat(count("training_import where run_id = '" + run + "'")).isZero();

    // The other row goes in; the future one never does.
    mvc.perform(post(preview).with(as("trainer")).with(csrf()).param("line", "2"))
        .andExpect(flash().attribute("imported", 1));
    assertThat(participants.completion(run, done)).isPresent();
    assertThat(participants.completion(run, ahead)).isEmpty();
  }

  @Test
  void anUndatedRowOfARunStillGoingIsDatedTodayNotAtTheRunsEnd() throws Exception {
    var tag = tag();
    var latest = CompletionDates.latest(clock);
    var who = person("U-" + tag, "Undated Row" + tag);
    var run = run(tag, latest.minusDays(5), latest.plusDays(30));
    var preview =
        upload(
            run,
            """
            "First name","Surname","ID number","Course complete"
            Undated,Row%1$s,U-%1$s,Yes
            """
                .formatted(tag));
    mvc.perform(post(preview).with(as("trainer")).with(csrf()).param("line", "2"))
        .andExpect(flash().attribute("imported", 1));
    assertThat(participants.completion(run, who).orElseThrow().completedOn()).isEqualTo(latest);
  }

  @Test
  void theFormRefusesATomorrowDateOnItsFieldAndKeepsWhatWasTyped() throws Exception {
    var tag = tag();
    var latest = CompletionDates.latest(clock);
    person("M-" + tag, "Manual Entry" + tag);
    var run = run(tag, latest.minusDays(20), latest.minusDays(1));
    var tomorrow = latest.plusDays(1).toString();
    mvc.perform(
            post("/training/runs/" + run + "/participants")
                .with(as("trainer"))
                .with(csrf())
                .param("personnelNumber", "M-" + tag)
                .param("completedOn", tomorrow)
                .param("score", "80"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"t-completedOn-error\"")))
        .andExpect(content().string(containsString("value=\"" + tomorrow + "\"")));
    assertThat(count("training_completion where run_id = '" + run + "'")).isZero();
    assertThat(CompletionDates.inFuture(latest, clock)).isFalse();
  }

  private String upload(String run, String csv) throws Exception {
    var location =
        mvc.perform(
                multipart("/training/runs/" + run + "/import")
                    .file(
                        new MockMultipartFile(
                            "file", "c.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .with(as("trainer"))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/training/imports/");
    return location;
  }

  private String run(String tag, LocalDate starts, LocalDate ends) {
    var course = courses.courses().getFirst();
    return courses.addRun(
        TRAINER,
        new CourseRun(
            "",
            course.id(),
            "FUT-" + tag,
            starts,
            ends,
            course.languages().getFirst(),
            null,
            null));
  }

  private String person(String number, String name) {
    return directory.add(
        TRAINER,
        new Staff(
            "", number, name, null, "custody-staff", "police", "kz-ast-tdf1", null, null, "en"));
  }

  private long count(String tableAndWhere) {
    return jdbc.sql("select count(*) from " + tableAndWhere).query(Long.class).single();
  }

  private static RequestPostProcessor as(String name) {
    return user(name).password("habeas-demo");
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
