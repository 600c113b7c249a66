package org.habeas.system.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.habeas.IntegrationTest;
import org.habeas.system.Paging;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every list, page or API, bounds its page and size in one place ({@link Paging}): out of range is
 * 400 naming the field, never a 500 (issue 14, finding 9: {@code page=2147483647}).
 */
@IntegrationTest
class PagingTests {

  private static final String PASSWORD = "habeas-demo";

  /** Every list of the API, with a user who may read it. */
  private static final Map<String, String> API =
      Map.of(
          "/api/v1/custody-records", "officer",
          "/api/v1/alerts", "prosecutor",
          "/api/v1/recommendations", "monitor",
          "/api/v1/certificates", "trainer",
          "/api/v1/complaints", "monitor");

  /** Every list page, with a user who may see it and the role (null: the public). */
  private static final List<List<@Nullable String>> PAGES =
      List.of(
          List.of("/custody", "officer", "CUSTODY_OFFICER"),
          List.of("/complaints", "monitor", "MONITOR"),
          List.of("/monitoring/recommendations", "monitor", "MONITOR"),
          List.of("/monitoring/visits", "monitor", "MONITOR"),
          List.of("/training", "trainer", "TRAINER"),
          List.of("/training/staff", "trainer", "TRAINER"),
          List.of("/training/events", "trainer", "TRAINER"),
          List.of("/alerts", "prosecutor", "PROSECUTOR"),
          List.of("/alerts/deliveries", "admin", "ADMIN"),
          List.of("/audit", "admin", "ADMIN"),
          List.of("/admin/users", "admin", "ADMIN"),
          List.of("/audit/sign-ins", "admin", "ADMIN"));

  @Autowired MockMvc mvc;

  @Test
  void theApiAnswersAPageOutOfRangeWith400NamingTheField() throws Exception {
    for (var list : API.entrySet()) {
      var path = list.getKey();
      var who = list.getValue();
      mvc.perform(api(path + "?page=2147483647", who))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("page"))
          .andExpect(jsonPath("$.errors[0].message").value("must be between 0 and 10,000"));
      mvc.perform(api(path + "?page=-1", who))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("page"));
      mvc.perform(api(path + "?size=201", who))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("size"));
      mvc.perform(api(path + "?page=" + Paging.MAX_PAGE + "&size=200", who))
          .andExpect(status().isOk());
    }
  }

  @Test
  void everyListPageAnswersAPageOutOfRangeWith400NamingTheField() throws Exception {
    for (var list : PAGES) {
      var path = list.get(0);
      mvc.perform(page(path + "?page=2147483647", list.get(1), list.get(2)))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("id=\"error-fields\"")))
          .andExpect(content().string(containsString("page: ")));
      mvc.perform(page(path + "?page=-1", list.get(1), list.get(2)))
          .andExpect(status().isBadRequest());
      mvc.perform(page(path + "?page=3", list.get(1), list.get(2))).andExpect(status().isOk());
    }
    mvc.perform(get("/public/recommendations?page=2147483647").header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("page: must be between 0 and 10,000")));
    mvc.perform(get("/public/recommendations?page=2")).andExpect(status().isOk());
  }

  private static MockHttpServletRequestBuilder api(String path, String who) {
    return get(path).with(httpBasic(who, PASSWORD)).header("Accept-Language", "en");
  }

  private static MockHttpServletRequestBuilder page(String path, String who, String role) {
    return get(path).with(user(who).roles(role));
  }
}
