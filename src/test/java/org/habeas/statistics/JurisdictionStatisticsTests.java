package org.habeas.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.habeas.IntegrationTest;
import org.habeas.Publications;
import org.habeas.statistics.opendata.OpenData;
import org.habeas.statistics.readmodel.Dashboards;
import org.habeas.statistics.readmodel.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** One state's figures at a time: London never counts in Kazakhstan's, nor Astana in England's. */
@IntegrationTest
class JurisdictionStatisticsTests {

  static final String EW_SUITE = "ew-met-cs1";

  @Autowired MockMvc mvc;
  @Autowired Dashboards dashboards;
  @Autowired Projector projector;
  @Autowired OpenData openData;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void caughtUp() {
    caughtUpAfterCommits();
  }

  StatisticsFilter everything() {
    var now = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    return new StatisticsFilter(now.minusYears(3), now.plusMonths(1), null, null, null);
  }

  @Test
  void anEnglishRecordCountsForEnglandAndWalesAndNeverForKazakhstan() throws Exception {
    caughtUpAfterCommits(); // earlier tests' records counted before, not in the difference
    var all = dashboards.figures(everything());
    var kz = dashboards.figures(everything().inJurisdiction("kz"));
    var ew = dashboards.figures(everything().inJurisdiction("ew"));

    openEnglishRecord();
    caughtUpAfterCommits();

    var kzAfter = dashboards.figures(everything().inJurisdiction("kz"));
    var ewAfter = dashboards.figures(everything().inJurisdiction("ew"));
    assertThat(kzAfter.totals()).isEqualTo(kz.totals());
    assertThat(ewAfter.totals().records()).isEqualTo(ew.totals().records() + 1);
    assertThat(kzAfter.byRegion()).doesNotContainKey("met").containsKey("ast");
    assertThat(ewAfter.byRegion()).containsOnlyKeys("met");
    // The two states make up everything, and neither holds the other's records.
    var allAfter = dashboards.figures(everything());
    assertThat(allAfter.totals().records())
        .isEqualTo(all.totals().records() + 1)
        .isEqualTo(kzAfter.totals().records() + ewAfter.totals().records());
  }

  @Test
  void openDataIsPerStateWithTheHomeStateByDefault() throws Exception {
    openEnglishRecord();
    caughtUpAfterCommits();
    int year = clock.instant().atZone(ZoneOffset.UTC).getYear();

    var kz = OpenData.csv(openData.dataset("detentions", year, "kz"));
    var ew = OpenData.csv(openData.dataset("detentions", year, "ew"));
    assertThat(kz).contains(",ast,").doesNotContain(",met,");
    assertThat(ew).contains(",met,").doesNotContain(",ast,");
    assertThat(OpenData.csv(openData.dataset("detentions", year))).isEqualTo(kz);

    var csv =
        mvc.perform(get("/api/v1/open-data/questionings.csv").param("jurisdiction", "ew"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv.lines().skip(1)).allMatch(l -> l.contains(",met,") || l.contains(",total,"));
    // The header, the columns and their order stay as they were (version 1.0).
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo("year,region,questionings,on_video,not_on_video,at_night,not_at_night");
    mvc.perform(get("/api/v1/open-data/detentions.json").param("jurisdiction", "ew"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.jurisdiction").value("ew"))
        .andExpect(jsonPath("$.schemaVersion").value("1.0"))
        .andExpect(jsonPath("$.rows[?(@.region == 'ast')]").isEmpty());
    mvc.perform(get("/api/v1/open-data/detentions.json"))
        .andExpect(jsonPath("$.jurisdiction").value("kz"))
        .andExpect(jsonPath("$.rows[?(@.region == 'met')]").isEmpty());
    mvc.perform(get("/api/v1/open-data/detentions.csv").param("jurisdiction", "xx"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/open-data"))
        .andExpect(jsonPath("$.jurisdictions[0]").value("kz"))
        .andExpect(jsonPath("$.jurisdictions[1]").value("ew"));
  }

  @Test
  void thePublicPageAndTheDashboardShowOneStateKazakhstanFirst() throws Exception {
    openEnglishRecord();
    caughtUpAfterCommits();
    mvc.perform(get("/statistics/public").header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"state-ew\"")))
        .andExpect(content().string(containsString("Figures of Kazakhstan only")))
        .andExpect(content().string(containsString("Astana")))
        .andExpect(content().string(not(containsString("London (Metropolitan Police)"))));
    mvc.perform(
            get("/statistics/public").param("jurisdiction", "ew").header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Figures of England and Wales only")))
        .andExpect(content().string(containsString("London (Metropolitan Police)")))
        .andExpect(content().string(not(containsString("Astana"))));
    mvc.perform(
            get("/statistics")
                .with(user("monitor").password("habeas-demo"))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Figures of Kazakhstan only")))
        .andExpect(content().string(not(containsString("Charing Cross Custody Suite"))));
    mvc.perform(
            get("/statistics")
                .param("jurisdiction", "ew")
                .with(user("monitor").password("habeas-demo"))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Charing Cross Custody Suite")))
        .andExpect(
            content().string(not(containsString("Temporary Detention Facility of the Astana"))));
  }

  private void openEnglishRecord() throws Exception {
    var at = clock.instant().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
    mvc.perform(
            post("/api/v1/custody-records")
                .with(httpBasic("officer-ew", "habeas-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
                     "person":{"name":"Stat Londoner","birthDate":"1990-02-03","citizenship":"GB"},
                     "grounds":"suspicion of theft","jurisdiction":"ew"}
                    """
                        .formatted(at, EW_SUITE)))
        .andExpect(status().isCreated());
  }

  /** The custody events' publications completed (records queued), then the queue drained. */
  private void caughtUpAfterCommits() {
    Publications.awaitCompleted(jdbc);
    projector.catchUp(Integer.MAX_VALUE);
  }
}
