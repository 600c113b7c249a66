package org.habeas.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.habeas.IntegrationTest;
import org.habeas.Publications;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordFilter;
import org.habeas.statistics.opendata.OpenData;
import org.habeas.statistics.opendata.Suppression;
import org.habeas.statistics.readmodel.Dashboards;
import org.habeas.statistics.readmodel.Projector;
import org.habeas.statistics.report.AnnualReport;
import org.habeas.statistics.view.PanelBuilder;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Statistics on the shared test context (40 demo records): the read model follows the records, each
 * role sees its dashboard, open data never shows a count under 5, the annual report renders in
 * Kazakh, Russian and English.
 */
@IntegrationTest
class StatisticsTests {

  static final String PASSWORD = "habeas-demo";
  static final String ASTANA_TDF = "kz-ast-tdf1";
  static final Actor ALL = new Actor("test:all", "All", Role.MONITOR, null, null, "en");

  final MockMvc mvc;
  final Dashboards dashboards;
  final Projector projector;
  final CustodyRecords records;
  final Facilities facilities;
  final AnnualReport report;
  final Clock clock;
  final OpenData openData;
  final PanelBuilder panels;
  @Autowired JdbcClient jdbc;

  @Autowired
  StatisticsTests(
      MockMvc mvc,
      Dashboards dashboards,
      Projector projector,
      CustodyRecords records,
      Facilities facilities,
      AnnualReport report,
      Clock clock,
      OpenData openData,
      PanelBuilder panels) {
    this.openData = openData;
    this.panels = panels;
    this.mvc = mvc;
    this.dashboards = dashboards;
    this.projector = projector;
    this.records = records;
    this.facilities = facilities;
    this.report = report;
    this.clock = clock;
  }

  /** Whatever other tests stored is counted before each test reads. */
  @org.junit.jupiter.api.BeforeEach
  void caughtUp() {
    caughtUpAfterCommits();
  }

  /** All months any test record may fall in. */
  StatisticsFilter everything() {
    var now = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    return new StatisticsFilter(now.minusYears(3), now.plusMonths(1), null, null, null);
  }

  @Test
  void theReadModelCountsEveryRecordAndARebuildGivesTheSameFigures() {
    caughtUpAfterCommits();
    var before = dashboards.figures(everything());
    long stored = records.count(ALL, new RecordFilter(null, null, null, "oldest"));
    assertThat(before.totals().records()).isEqualTo(stored).isGreaterThanOrEqualTo(40);
    assertThat(before.rules()).isNotEmpty();
    assertThat(before.byRegion()).containsKeys("ast", "alm", "kar");

    projector.queueAll(true);
    caughtUpAfterCommits();
    var rebuilt = dashboards.figures(everything());

    assertThat(rebuilt.totals()).isEqualTo(before.totals());
    assertThat(rebuilt.byMonthRegion()).isEqualTo(before.byMonthRegion());
    assertThat(rebuilt.lawyer()).isEqualTo(before.lawyer());
    assertThat(rebuilt.judge()).isEqualTo(before.judge());
  }

  @Test
  void aNewRecordIsCountedWithItsLawyerJudgeVideoAndNightQuestioning() throws Exception {
    var zone = facilities.find(ASTANA_TDF).orElseThrow().zone();
    var day = clock.instant().atZone(zone).toLocalDate().minusDays(3);
    // 22:40 facility time: the questioning at 23:40 is a night questioning (kz profile).
    var t0 = day.atTime(LocalTime.of(22, 40)).atZone(zone).toInstant();
    var month = YearMonth.from(t0.atZone(zone));
    var filter = new StatisticsFilter(month, month, null, ASTANA_TDF, "kz");
    caughtUpAfterCommits(); // earlier tests' records counted before, not in the difference
    var before = dashboards.figures(filter);

    var id = open(t0);
    append(
        id,
        "ArrivedAtFacility",
        t0.plus(Duration.ofMinutes(20)),
        "\"facilityId\":\"" + ASTANA_TDF + "\"");
    append(id, "LawyerArrived", t0.plus(Duration.ofMinutes(45)), "\"lawyer\":\"Adv. Test\"");
    append(
        id,
        "InterrogationStarted",
        t0.plus(Duration.ofMinutes(60)),
        "\"interrogator\":\"Inv. Test\",\"lawyerPresent\":true,\"videoRecordingId\":\"V-1\"");
    append(id, "InterrogationEnded", t0.plus(Duration.ofMinutes(90)), null);
    append(id, "BroughtBeforeCourt", t0.plus(Duration.ofHours(20)), "\"court\":\"Court\"");
    caughtUpAfterCommits();

    var after = dashboards.figures(filter);
    var a = after.totals();
    var b = before.totals();
    assertThat(a.records() - b.records()).isEqualTo(1);
    assertThat(a.withLawyer() - b.withLawyer()).isEqualTo(1);
    assertThat(a.withJudge() - b.withJudge()).isEqualTo(1);
    assertThat(a.questionings() - b.questionings()).isEqualTo(1);
    assertThat(a.questioningsVideo() - b.questioningsVideo()).isEqualTo(1);
    assertThat(a.questioningsNight() - b.questioningsNight()).isEqualTo(1);
    assertThat(a.events() - b.events()).isEqualTo(6);
    // Typed in three days later: every event is a late entry.
    assertThat(a.lateEntries() - b.lateEntries()).isEqualTo(6);
    assertThat(after.lawyer().count() - before.lawyer().count()).isEqualTo(1);
    // Its safeguards are judged: the kz rules now count one record more.
    var rulesBefore =
        before.rules().values().stream()
            .mapToInt(
                r ->
                    r.met()
                        + r.late()
                        + r.breached()
                        + r.pending()
                        + r.waived()
                        + r.notApplicable())
            .sum();
    var rulesAfter =
        after.rules().values().stream()
            .mapToInt(
                r ->
                    r.met()
                        + r.late()
                        + r.breached()
                        + r.pending()
                        + r.waived()
                        + r.notApplicable())
            .sum();
    assertThat(rulesAfter).isGreaterThan(rulesBefore);
  }

  @Test
  void eachRoleSeesItsOwnDashboardWithTheDemoFigures() throws Exception {
    // The commission's dashboard opens on Kazakhstan's figures (issue 15: never mixed with London).
    var all = dashboards.figures(defaultFilter(null, null).inJurisdiction("kz"));
    var monitor = page("monitor", "/statistics");
    assertThat(monitor)
        .contains("data-panel=\"detentions\"", "data-panel=\"map\"", "data-panel=\"compliance\"")
        .contains(
            "data-panel=\"delays\"", "data-panel=\"questionings\"", "data-panel=\"late-entries\"")
        .contains("data-panel=\"facilities\"", "<svg", "data-region=\"ast\"")
        .contains(kpi(all.totals().records()));
    // Complaints, recommendations and training come from their modules.
    assertThat(monitor)
        .contains("data-panel=\"complaints\"", "chart-complaints-t", "Torture")
        .contains("data-panel=\"training\"", "chart-training-t")
        .contains("data-panel=\"recommendations\"", "chart-recommendations-t")
        .doesNotContain("Not yet available");

    var region = dashboards.figures(defaultFilter("ast", null));
    assertThat(region.totals().records()).isLessThan(all.totals().records());
    var prosecutor = page("prosecutor", "/statistics?region=alm");
    assertThat(prosecutor).contains(kpi(region.totals().records())).doesNotContain("kz-alm-tdf1");

    var facility = dashboards.figures(defaultFilter("ast", ASTANA_TDF));
    var officer = page("officer", "/statistics?facility=kz-kar-tdf1");
    assertThat(officer)
        .contains(kpi(facility.totals().records()))
        .doesNotContain("data-panel=\"facilities\"");

    mvc.perform(get("/statistics").with(user("investigator").password(PASSWORD)))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", "/statistics/public"));
    mvc.perform(get("/statistics")).andExpect(status().is3xxRedirection());
    // A month that is not one is named by its field, and the page still answers.
    assertThat(page("monitor", "/statistics?from=last-year")).contains("field-error");
  }

  @Test
  void thePublicSeesSuppressedFiguresWithoutSigningIn() throws Exception {
    var html =
        mvc.perform(get("/statistics/public").header("Accept-Language", "kk"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("data-panel=\"detentions\"", "<svg", "ұстау туралы ашық статистика");
    mvc.perform(get("/open-data").header("Accept-Language", "ru"))
        .andExpect(status().isOk())
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString())
                    .contains("/api/v1/open-data/detentions.csv", "Вторичное скрытие"));
  }

  @Test
  void hiddenRegionalCountsAreChartedTogetherUpToTheMonthsTotal() {
    int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
    // Every state together: the small demo set has no unsuppressed regional month in one alone.
    var data = new java.util.HashMap<>(openData.all(year, null));
    var detentions = data.get("detentions");
    // One region's month hidden, as suppression hides small counts; the month's total still shown.
    var rows = new java.util.ArrayList<java.util.List<@org.jspecify.annotations.Nullable Object>>();
    String month = null;
    long hidden = 0;
    for (var row : detentions.rows()) {
      var copy = new java.util.ArrayList<@org.jspecify.annotations.Nullable Object>(row);
      if (month == null
          && !OpenData.TOTAL.equals(row.get(1))
          && !OpenData.TOTAL.equals(row.get(2))
          && row.get(3) instanceof Number n
          && n.longValue() > 0) {
        month = (String) row.get(1);
        hidden = n.longValue();
        copy.set(3, null);
      }
      rows.add(copy);
    }
    assertThat(month).as("the demo has detentions this year").isNotNull();
    // Suppression may already hide other regions of that month: the chart stacks everything the
    // month's total has beyond the regions still shown, so that is the expectation.
    long total = 0;
    long shown = 0;
    for (var row : rows) {
      if (!month.equals(row.get(1)) || OpenData.TOTAL.equals(row.get(1))) {
        continue;
      }
      if (OpenData.TOTAL.equals(row.get(2))) {
        total += row.get(3) instanceof Number n ? n.longValue() : 0;
      } else if (row.get(3) instanceof Number n) {
        shown += n.longValue();
      }
    }
    hidden = total - shown;
    assertThat(hidden)
        .as("the hidden count is what the month's total has beyond the shown")
        .isPositive();
    data.put(
        "detentions",
        new OpenData.Dataset(
            detentions.name(),
            detentions.year(),
            detentions.description(),
            detentions.columns(),
            rows));
    var chart = panels.publicDashboard(data, java.util.Locale.ENGLISH).getFirst().svg();
    assertThat(chart).contains(month + " · Regions with hidden counts: " + hidden);
  }

  @Test
  void openDataNeverShowsACountUnderFive() throws Exception {
    var list =
        mvc.perform(get("/api/v1/open-data"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> names = JsonPath.read(list, "$.datasets[*].name");
    assertThat(names).containsExactlyElementsOf(OpenData.NAMES);
    int suppressed = 0;
    for (var name : names) {
      var csv =
          mvc.perform(get("/api/v1/open-data/" + name + ".csv"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      var lines = csv.split("\r\n");
      var columns = OpenData.columns(name);
      assertThat(lines[0].split(",")).hasSize(columns.size());
      for (int i = 1; i < lines.length; i++) {
        var cells = lines[i].split(",", -1);
        for (int c = 0; c < columns.size(); c++) {
          if (!columns.get(c).type().equals("string") && !columns.get(c).name().equals("year")) {
            if (cells[c].equals(OpenData.SUPPRESSED) || cells[c].isEmpty()) {
              suppressed++;
              continue;
            }
            long n = Long.parseLong(cells[c]);
            if (columns.get(c).type().equals("integer")) {
              assertThat(Suppression.small(n)).as("%s line %s: %s", name, i, lines[i]).isFalse();
            }
          }
        }
      }
      var json =
          mvc.perform(get("/api/v1/open-data/" + name + ".json"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      List<Map<String, Object>> rows = JsonPath.read(json, "$.rows");
      assertThat(rows).hasSize(lines.length - 1);
      for (var row : rows) {
        for (var col : columns) {
          if (col.type().equals("integer")
              && !col.name().equals("year")
              && row.get(col.name()) != null) {
            assertThat(Suppression.small(((Number) row.get(col.name())).longValue())).isFalse();
          }
        }
      }
    }
    // 40 demo records over a month in four regions: some counts are small and were hidden.
    assertThat(suppressed).isPositive();
    mvc.perform(get("/api/v1/open-data/schema/v1"))
        .andExpect(status().isOk())
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString())
                    .contains("\"version\":\"1.0\"", "detentions", "missingValues"));
    mvc.perform(get("/api/v1/open-data/nothing.csv")).andExpect(status().isNotFound());
  }

  @Test
  void theAnnualReportRendersInKazakhRussianAndEnglish() throws Exception {
    int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
    var headings =
        Map.of(
            "kk",
                List.of(
                    "Ұстау кезіндегі кепілдіктер туралы жылдық баяндама",
                    "Әр кепілдік ережесінің сақталуы",
                    "Айлар мен өңірлер бойынша ұстаулар"),
            "ru",
                List.of(
                    "Годовой доклад о гарантиях при задержании",
                    "Задержания по месяцам и регионам"),
            "en",
                List.of("Annual report on pre-trial safeguards", "Detentions by month and region"));
    for (var language : List.of("kk", "ru", "en")) {
      var pdf = report.pdf(year, Locale.forLanguageTag(language), p -> {});
      try (var doc = Loader.loadPDF(pdf)) {
        assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        var text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        assertThat(text).contains(headings.get(language));
        var renderer = new PDFRenderer(doc);
        for (int page = 0; page < Math.min(3, doc.getNumberOfPages()); page++) {
          var image = renderer.renderImageWithDPI(page, 40);
          assertThat(inkShare(image)).as("page %s in %s", page + 1, language).isGreaterThan(0.005);
          if (System.getenv("HABEAS_STATS_PAGES") != null) {
            javax.imageio.ImageIO.write(
                renderer.renderImageWithDPI(page, 72),
                "png",
                new java.io.File(
                    System.getenv("HABEAS_STATS_PAGES"), language + "-" + (page + 1) + ".png"));
          }
        }
        // The fonts travel with the PDF: Kazakh and Russian letters render on any machine.
        var fonts = new java.util.HashSet<String>();
        for (var p : doc.getPages()) {
          for (var name : p.getResources().getFontNames()) {
            var f = p.getResources().getFont(name);
            assertThat(f.isEmbedded()).isTrue();
            fonts.add(f.getName());
          }
        }
        assertThat(fonts).anyMatch(n -> n.contains("DejaVuSans"));
      }
    }
  }

  @Test
  void theReportIsMadeOnRequestWithItsProgressShown() throws Exception {
    var location =
        mvc.perform(
                post("/statistics/report")
                    .with(user("monitor").password(PASSWORD))
                    .with(csrf())
                    .param("language", "ru"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/statistics/report/");
    assertThat(page("monitor", location)).contains("id=\"progress\"");
    mvc.perform(get(location).with(user("prosecutor").password(PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/statistics/report").with(user("officer").password(PASSWORD)).with(csrf()))
        .andExpect(status().isForbidden());
  }

  static double inkShare(BufferedImage image) {
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 600) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) image.getWidth() * image.getHeight());
  }

  StatisticsFilter defaultFilter(String region, String facility) {
    var to = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    return new StatisticsFilter(to.minusMonths(11), to, region, facility, null);
  }

  /** The first key figure (detentions) as the page prints it. */
  static String kpi(long records) {
    return "<dd>" + records + "</dd>";
  }

  String page(String user, String path) throws Exception {
    return mvc.perform(
            get(path).with(user(user).password(PASSWORD)).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aLawfullyErasedRecordDropsOutOfTheFiguresWithoutARebuild() throws Exception {
    var t0 = clock.instant().minus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS);
    var month = YearMonth.from(t0.atZone(facilities.find(ASTANA_TDF).orElseThrow().zone()));
    var filter = new StatisticsFilter(month, month, null, ASTANA_TDF, null);
    caughtUpAfterCommits();
    long before = dashboards.figures(filter).totals().records();
    var id = open(t0);
    append(id, "Released", t0.plus(Duration.ofHours(2)), "\"grounds\":\"no charge\"");
    caughtUpAfterCommits();
    assertThat(dashboards.figures(filter).totals().records()).isEqualTo(before + 1);

    // A record is erased once the log's integrator (every 200 ms) has logged its events.
    int status = 0;
    for (int attempt = 0; attempt < 100 && status != 200; attempt++) {
      if (attempt > 0) {
        Thread.sleep(200);
      }
      status =
          mvc.perform(
                  post("/api/v1/custody-records/" + id + "/erasure")
                      .with(httpBasic("admin", PASSWORD))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"reason\":\"court order 12/2026\"}"))
              .andReturn()
              .getResponse()
              .getStatus();
    }
    assertThat(status).as("erasure answered").isEqualTo(200);
    caughtUpAfterCommits();
    assertThat(dashboards.figures(filter).totals().records()).isEqualTo(before);
  }

  private String open(Instant at) throws Exception {
    var body =
        mvc.perform(
                post("/api/v1/custody-records")
                    .with(httpBasic("officer", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
                         "person":{"name":"Stat Person","birthDate":"1991-02-03","citizenship":"KZ","language":"kk"},
                         "grounds":"caught in the act","jurisdiction":"kz"}
                        """
                            .formatted(at, ASTANA_TDF)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private void append(String id, String type, Instant at, String fields) throws Exception {
    var body =
        "{\"type\":\"%s\",\"occurredAt\":\"%s\"%s}"
            .formatted(
                type, at.truncatedTo(ChronoUnit.SECONDS), fields == null ? "" : "," + fields);
    mvc.perform(
            post("/api/v1/custody-records/" + id + "/events")
                .with(httpBasic("officer", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated());
  }

  /** The custody events' publications completed (records queued), then the queue drained. */
  private void caughtUpAfterCommits() {
    Publications.awaitCompleted(jdbc);
    projector.catchUp(Integer.MAX_VALUE);
  }
}
