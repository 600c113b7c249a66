package org.habeas.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refused course or run comes back with what was typed, the chosen options still chosen and the
 * problem by its field, and nothing of it is stored.
 */
@IntegrationTest
class TrainingFormsTests {

  @Autowired MockMvc mvc;
  @Autowired Courses courses;

  @Test
  void refusedCourseAndRunKeepWhatWasTypedAndStoreNothing() throws Exception {
    var tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var code = "F-" + tag;
    mvc.perform(course(code, tag).param("durationHours", "many"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"t-durationHours-error\"")))
        .andExpect(content().string(containsString("value=\"many\"")))
        .andExpect(content().string(containsString("value=\"Forms " + tag + "\"")))
        .andExpect(content().string(containsString("value=\"NATIONAL\" selected=\"selected\"")));
    assertThat(courses.courses()).noneMatch(c -> c.code().equals(code));

    mvc.perform(course(code, tag).param("durationHours", "8"))
        .andExpect(redirectedUrl("/training"));
    var course = courses.courses().stream().filter(c -> c.code().equals(code)).findFirst();
    assertThat(course).isPresent();

    var runs = courses.runCount();
    mvc.perform(
            post("/training/runs")
                .with(user("trainer").password("habeas-demo"))
                .with(csrf())
                .param("courseId", course.get().id())
                .param("code", "RUN-" + tag)
                .param("startsOn", "2026-11-01")
                .param("endsOn", "soon")
                .param("language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"t-endsOn-error\"")))
        .andExpect(content().string(containsString("value=\"RUN-" + tag + "\"")))
        .andExpect(content().string(containsString("value=\"soon\"")))
        .andExpect(
            content()
                .string(
                    containsString("value=\"" + course.get().id() + "\" selected=\"selected\"")))
        .andExpect(content().string(containsString("value=\"en\" selected=\"selected\"")));
    assertThat(courses.runCount()).isEqualTo(runs);
  }

  private static MockHttpServletRequestBuilder course(String code, String tag) {
    return post("/training/courses")
        .with(user("trainer").password("habeas-demo"))
        .with(csrf())
        .param("code", code)
        .param("titleEn", "Forms " + tag)
        .param("titleRu", "Формы " + tag)
        .param("titleKk", "Формалар " + tag)
        .param("provider", "NATIONAL")
        .param("subject", Course.SUBJECTS.getFirst())
        .param("format", Course.FORMATS.getFirst())
        .param("languages", "ru, kk");
  }
}
