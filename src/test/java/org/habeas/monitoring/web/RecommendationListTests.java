package org.habeas.monitoring.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.monitoring.Recommendations;
import org.habeas.system.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The staff recommendations list narrowed by status, source, agency, a passed deadline and words of
 * the text; a focal point sees only their agency's, whatever the filter asks.
 */
@IntegrationTest
class RecommendationListTests {

  private static final String LOCALE = "org.habeas.system.web.UserLocaleResolver.locale";

  @Autowired MockMvc mvc;
  @Autowired Clock clock;
  @Autowired Recommendations recommendations;
  @Autowired Users users;

  @BeforeEach
  void theFocalPointReportsForInterior() {
    if (recommendations.agencyOf("focal-point").isEmpty()) {
      recommendations.setAgency(users.find("admin").orElseThrow(), "focal-point", "interior");
    }
  }

  @Test
  void narrowsByDeadlinePassedAndWordsAndKeepsTheFilterAcrossPages() throws Exception {
    var marker = "zr" + UUID.randomUUID().toString().substring(0, 8);
    var today = LocalDate.now(clock);
    issue(
        "Keep the register " + marker + " late",
        "interior",
        today.minusDays(90),
        today.minusDays(5));
    issue("Keep the register " + marker + " on time", "justice", today, today.plusDays(60));

    list("monitor", "q=" + marker)
        .andExpect(content().string(containsString(marker + " late")))
        .andExpect(content().string(containsString(marker + " on time")));
    list("monitor", "q=" + marker + "&overdue=true")
        .andExpect(content().string(containsString(marker + " late")))
        .andExpect(content().string(not(containsString(marker + " on time"))))
        .andExpect(model().attribute("next", containsString("overdue=true&q=" + marker)));
    list("monitor", "q=" + marker + "&agency=justice&status=NOT_STARTED&source=commission")
        .andExpect(content().string(not(containsString(marker + " late"))))
        .andExpect(content().string(containsString(marker + " on time")));
  }

  @Test
  void aFocalPointSeesOnlyTheirAgencysWhateverTheFilter() throws Exception {
    var marker = "zr" + UUID.randomUUID().toString().substring(0, 8);
    var today = LocalDate.now(clock);
    issue("Ours " + marker, "interior", today, today.plusDays(30));
    issue("Theirs " + marker, "justice", today, today.plusDays(30));

    list("focal-point", "q=" + marker + "&agency=justice")
        .andExpect(content().string(containsString("Ours " + marker)))
        .andExpect(content().string(not(containsString("Theirs " + marker))))
        .andExpect(content().string(not(containsString("id=\"filter-agency\""))));
  }

  private void issue(String text, String agency, LocalDate issued, LocalDate deadline)
      throws Exception {
    var body =
        """
        {"source":"commission","sourceDocument":"List test","paragraph":"1",
         "textEn":"%s","agency":"%s","theme":"registration",
         "issuedOn":"%s","deadline":"%s"}"""
            .formatted(text, agency, issued, deadline);
    mvc.perform(
            post("/api/v1/recommendations")
                .with(httpBasic("monitor", "habeas-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated());
  }

  private ResultActions list(String who, String query) throws Exception {
    return mvc.perform(
            get("/monitoring/recommendations?" + query)
                .with(user(who).password("habeas-demo"))
                .sessionAttr(LOCALE, Locale.ENGLISH))
        .andExpect(status().isOk());
  }
}
