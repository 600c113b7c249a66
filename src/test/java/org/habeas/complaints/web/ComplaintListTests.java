package org.habeas.complaints.web;

import static org.habeas.complaints.web.ComplaintFixtures.PASSWORD;
import static org.habeas.complaints.web.ComplaintFixtures.lodge;
import static org.habeas.complaints.web.ComplaintFixtures.postAs;
import static org.habeas.complaints.web.ComplaintFixtures.word;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The staff complaints list narrowed by facility, region, handler ("mine") and deadline. */
@IntegrationTest
class ComplaintListTests {

  private static final String LOCALE = "org.habeas.system.web.UserLocaleResolver.locale";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void narrowsByFacilityAndRegionAndKeepsTheFilterAcrossPages() throws Exception {
    var marker = word();
    var c = lodge(mvc, jdbc, "Beaten in the corridor " + marker);

    list("q=" + marker + "&facility=kz-ast-tdf1").andExpect(content().string(containsString(c[1])));
    list("q=" + marker + "&facility=kz-alm-tdf1")
        .andExpect(content().string(not(containsString(c[1]))));
    list("q=" + marker + "&region=ast").andExpect(content().string(containsString(c[1])));
    list("q=" + marker + "&region=alm").andExpect(content().string(not(containsString(c[1]))));
    list("q=" + marker + "&region=ast&due=soon&mine=true")
        .andExpect(
            model()
                .attribute(
                    "next",
                    containsString("&due=soon&mine=true&region=ast&q=" + marker.toLowerCase())))
        .andExpect(content().string(not(containsString(">UNDER_EXAMINATION<"))));
  }

  @Test
  void assignedToMeShowsOnlyTheHandlersOwn() throws Exception {
    var marker = word();
    var c = lodge(mvc, jdbc, "Denied water " + marker);
    list("q=" + marker + "&mine=true").andExpect(content().string(not(containsString(c[1]))));

    mvc.perform(
            postAs(
                "monitor",
                "/api/v1/complaints/" + c[0] + "/entries",
                "{\"type\":\"Assigned\",\"assignee\":\"monitor\"}"))
        .andExpect(status().is2xxSuccessful());

    list("q=" + marker + "&mine=true").andExpect(content().string(containsString(c[1])));
    list("q=" + marker + "&due=overdue").andExpect(content().string(not(containsString(c[1]))));
  }

  private ResultActions list(String query) throws Exception {
    return mvc.perform(
            get("/complaints?" + query)
                .with(user("monitor").password(PASSWORD))
                .sessionAttr(LOCALE, Locale.ENGLISH))
        .andExpect(status().isOk());
  }
}
