package org.habeas.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.habeas.IntegrationTest;
import org.habeas.complaints.ComplaintFilter;
import org.habeas.complaints.Search;
import org.habeas.monitoring.Recommendations;
import org.habeas.monitoring.Visits;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The monitor's overview: its numbers are the lists' numbers, and only a monitor opens it. */
@IntegrationTest
class OverviewTests {

  static final Actor MONITOR =
      new Actor("monitor", "Gulnara Seitkali", Role.MONITOR, null, null, "en");

  @Autowired MockMvc mvc;
  @Autowired Clock clock;
  @Autowired Search complaints;
  @Autowired Visits visits;
  @Autowired Recommendations recommendations;

  @Test
  void theNumbersAreThoseOfTheFilteredListsAndMoveWithTheData() throws Exception {
    var page = overview();
    long overdueComplaints =
        complaints.count(MONITOR, new ComplaintFilter(null, null, null, true, null, null));
    assertThat(count(page, "complaints-overdue")).isEqualTo(overdueComplaints);
    assertThat(count(page, "complaints-due"))
        .isEqualTo(complaints.dueCount(MONITOR) - overdueComplaints);
    var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Almaty"));
    long overdueRecommendations =
        recommendations.list(MONITOR, Recommendations.Filter.none(), 0, 10_000).stream()
            .filter(r -> r.status().open() && r.deadline() != null && r.deadline().isBefore(today))
            .count();
    assertThat(count(page, "recommendations-overdue")).isEqualTo(overdueRecommendations);
    assertThat(page)
        .contains("id=\"alerts-overdue\"", "href=\"/alerts?status=open&amp;due=overdue\"");

    // A visit planned for next week, and an allegation recorded half an hour ago, count once each.
    visits.plan(
        MONITOR,
        new Visits.Plan(
            "kz-ast-tdf1", today.plusDays(7), false, false, "follow-up", List.of("monitor")));
    var record = openRecord();
    var at = clock.instant().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
    mvc.perform(
            post("/api/v1/custody-records/" + record + "/events")
                .with(httpBasic("officer", "habeas-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"type":"AllegationMade","occurredAt":"%s","against":"arresting officers",
                     "description":"struck during the arrest"}"""
                        .formatted(at)))
        .andExpect(status().isCreated());
    var after = overview();
    assertThat(count(after, "visits-planned")).isEqualTo(count(page, "visits-planned") + 1);
    assertThat(count(after, "records-allegations"))
        .isEqualTo(count(page, "records-allegations") + 1);
    // No person is named: the record's person never appears.
    assertThat(after).doesNotContain("Overview Person");
  }

  @Test
  void onlyAMonitorOpensIt() throws Exception {
    for (var role : List.of("admin", "prosecutor", "trainer", "officer", "focal-point")) {
      mvc.perform(get("/overview").with(user(role))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/overview")).andExpect(status().is3xxRedirection());
  }

  private String overview() throws Exception {
    return mvc.perform(get("/overview").with(user("monitor")).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  static long count(String html, String id) {
    var m = Pattern.compile("id=\"" + id + "\" data-count=\"(\\d+)\"").matcher(html);
    assertThat(m.find()).as(id + " on the page").isTrue();
    return Long.parseLong(m.group(1));
  }

  private String openRecord() throws Exception {
    var body =
        mvc.perform(
                post("/api/v1/custody-records")
                    .with(httpBasic("officer", "habeas-demo"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"type":"Apprehended","occurredAt":"%s","facilityId":"kz-ast-tdf1",
                         "person":{"name":"Overview Person","birthDate":"1990-04-01","citizenship":"KZ"},
                         "grounds":"caught in the act","jurisdiction":"kz"}"""
                            .formatted(
                                clock
                                    .instant()
                                    .minus(Duration.ofHours(2))
                                    .truncatedTo(ChronoUnit.SECONDS))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }
}
