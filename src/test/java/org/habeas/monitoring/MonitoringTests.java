package org.habeas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.habeas.IntegrationTest;
import org.habeas.TestClock;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Monitoring end to end in the shared context: a visit planned, sampled, answered and found, a
 * recommendation issued, reported on by the focal point and validated, the public portal, and bad
 * input refused with nothing half-stored.
 */
@IntegrationTest
class MonitoringTests {

  static final String FACILITY = "kz-ast-tdf1";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Visits visits;
  @Autowired Recommendations recommendations;
  @Autowired Checklists checklists;
  @Autowired RecordSamples samples;
  @Autowired Findings findings;
  @Autowired Interviews interviews;
  @Autowired RecommendationIssuing issuing;
  @Autowired RecommendationProgress progress;
  @Autowired RecommendationVerification verification;
  private final Users users;

  @Autowired
  MonitoringTests(Users users) {
    this.users = users;
  }

  static RequestPostProcessor as(String name) {
    return user(name).password("habeas-demo");
  }

  Actor actor(String name) {
    return users.find(name).orElseThrow();
  }

  @BeforeEach
  void aSecondMonitorAndTheFocalPointsAgency() {
    if (users.find("monitor-2").isEmpty()) {
      users.create("monitor-2", "habeas-demo", "Second Monitor", Role.MONITOR, null, null, "en");
    }
    if (users.find("monitor-ru").isEmpty()) {
      users.create("monitor-ru", "habeas-demo", "Монитор", Role.MONITOR, null, null, "ru");
    }
    if (recommendations.agencyOf("focal-point").isEmpty()) {
      recommendations.setAgency(actor("admin"), "focal-point", "interior");
    }
  }

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  String planVisit() throws Exception {
    var location =
        mvc.perform(
                post("/monitoring/visits")
                    .with(as("monitor"))
                    .with(csrf())
                    .param("facilityId", FACILITY)
                    .param("date", TestClock.today().toString())
                    .param("announced", "false")
                    .param("made", "true")
                    .param("team", "monitor-2")
                    .param("purpose", "Test visit"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/monitoring/visits/");
    return location.substring("/monitoring/visits/".length());
  }

  @Test
  void aVisitIsPlannedWithItsTeamAndCommittedToTheLedger() throws Exception {
    var id = planVisit();
    var visit = visits.get(actor("monitor"), id);
    assertThat(visit.team()).containsExactly("monitor", "monitor-2");
    assertThat(visit.made()).isTrue();
    assertThat(
            jdbc.sql("select type from mon_event where stream_id = ? and seq = 1")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("VisitMade");
    assertThat(
            jdbc.sql("select count(*) from ledger_commitment where record_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isOne();
    mvc.perform(get("/monitoring/visits/" + id).with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"sample-form\"")))
        .andExpect(content().string(containsString("id=\"finding-form\"")));
  }

  @Test
  void aBadVisitIsRefusedByFieldKeepsWhatWasTypedAndStoresNothing() throws Exception {
    long before = count("mon_visit");
    long events = count("mon_event");
    mvc.perform(
            post("/monitoring/visits")
                .with(as("monitor-ru"))
                .with(csrf())
                .param("facilityId", "kz-nowhere")
                .param("date", "")
                .param("team", "officer")
                .param("purpose", "Typed purpose"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Typed purpose")))
        .andExpect(content().string(containsString("неизвестное учреждение")))
        .andExpect(content().string(containsString("officer не является монитором")));
    assertThat(count("mon_visit")).isEqualTo(before);
    assertThat(count("mon_event")).isEqualTo(events);
  }

  @Test
  void onlyMonitorsSeeVisits() throws Exception {
    mvc.perform(get("/monitoring/visits").with(as("focal-point")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/monitoring/visits").with(as("officer"))).andExpect(status().isForbidden());
  }

  @Test
  void samplingIsReproducibleAndShowsObligationsAsTheyStood() throws Exception {
    var monitor = actor("monitor");
    var a =
        visits.plan(
            monitor, new Visits.Plan(FACILITY, TestClock.today(), false, true, null, List.of()));
    var b =
        visits.plan(
            monitor, new Visits.Plan(FACILITY, TestClock.today(), false, true, null, List.of()));
    var from = TestClock.today().minusDays(40);
    var to = TestClock.today();
    var first = samples.sample(monitor, a, 4, from, to, 77L);
    assertThat(first).isNotEmpty();
    assertThat(samples.sample(monitor, b, 4, from, to, 77L)).isEqualTo(first);
    var sampled = samples.sampled(monitor, a);
    assertThat(sampled)
        .extracting(RecordSamples.Sampled::recordId)
        .containsExactlyElementsOf(first);
    assertThat(sampled.getFirst().obligations()).isNotEmpty();
    sampled.forEach(
        s ->
            assertThat(s.judgedAt())
                .isEqualTo(
                    s.closedAt() != null && s.closedAt().isBefore(s.judgedAt())
                        ? s.closedAt()
                        : s.judgedAt()));
    // A second draw never repeats a record of the visit.
    var second = samples.sample(monitor, a, 50, from, to, 78L);
    assertThat(second).doesNotContainAnyElementsOf(first);
    assertThatThrownBy(() -> samples.sample(monitor, a, 0, to, from, null))
        .isInstanceOfSatisfying(
            Problem.class,
            p ->
                assertThat(p.fields()).extracting(Problem.FieldProblem::field).contains("n", "to"));
  }

  @Test
  void answersSavedAtOnceOnOneVisitAllLand() throws Exception {
    // A tapped answer still saving while the section is sent: two writers on one visit's stream
    // read the same next seq; the later is retried with the next one instead of refused (409).
    var id = planVisit();
    var monitor = actor("monitor");
    var items = List.of("register.kept", "register.matches", "safeguards.lawyer", "register.kept");
    var pool = Executors.newFixedThreadPool(4);
    try {
      var start = new CountDownLatch(1);
      var done = new ArrayList<Future<?>>();
      for (int t = 0; t < 4; t++) {
        var item = items.get(t);
        var answer = t % 2 == 0 ? "YES" : "NO";
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 5; i++) {
                    checklists.answer(monitor, id, item, answer, "take " + i);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (var f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            jdbc.sql("select count(*) from mon_event where stream_id = ? and type = ?")
                .params(id, "ChecklistAnswered")
                .query(Long.class)
                .single())
        .isEqualTo(20);
  }

  @Test
  void theChecklistSavesOneAnswerWithHtmxAndAWholeSectionWithout() throws Exception {
    var id = planVisit();
    mvc.perform(
            post("/monitoring/visits/" + id + "/answer/safeguards.lawyer")
                .with(as("monitor"))
                .with(csrf())
                .header("HX-Request", "true")
                .param("answer.safeguards.lawyer", "PARTLY")
                .param("note.safeguards.lawyer", "after questioning"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("class=\"error\""))))
        .andExpect(content().string(not(containsString("<header"))));
    mvc.perform(
            post("/monitoring/visits/" + id + "/checklist/register")
                .with(as("monitor"))
                .with(csrf())
                .param("answer.register.kept", "YES")
                .param("answer.register.matches", "NO")
                .param("note.register.matches", "3 hours apart"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            header().string("Location", "/monitoring/visits/" + id + "/checklist/safeguards"));
    var answers = checklists.answers(id);
    assertThat(answers).containsOnlyKeys("safeguards.lawyer", "register.kept", "register.matches");
    assertThat(answers.get("register.matches").note()).isEqualTo("3 hours apart");
    mvc.perform(get("/monitoring/visits/" + id + "/checklist/safeguards").with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"PARTLY\" checked")));
  }

  @Test
  void aFindingWithAPhotoIsStoredWholeAndABadFileStoresNothing() throws Exception {
    var id = planVisit();
    var monitor = actor("monitor");
    var record =
        samples
            .sample(monitor, id, 1, TestClock.today().minusDays(40), TestClock.today(), 5L)
            .getFirst();
    long findingRows = count("mon_finding");
    long evidence = count("mon_evidence");
    var fake =
        new MockMultipartFile(
            "evidence",
            "photo.jpg",
            "image/jpeg",
            "<html>no</html>".getBytes(StandardCharsets.UTF_8));
    mvc.perform(
            multipart("/monitoring/visits/" + id + "/findings")
                .file(fake)
                .with(as("monitor"))
                .with(csrf())
                .param("text", "Register differs from the record")
                .param("severity", "high")
                .param("recordId", record))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Register differs from the record")))
        .andExpect(content().string(containsString("only JPEG, PNG or PDF")));
    assertThat(count("mon_finding")).isEqualTo(findingRows);
    assertThat(count("mon_evidence")).isEqualTo(evidence);

    var photo =
        new MockMultipartFile("evidence", "cell.png", "image/png", EvidenceFilesTest.image("png"));
    mvc.perform(
            multipart("/monitoring/visits/" + id + "/findings")
                .file(photo)
                .with(as("monitor"))
                .with(csrf())
                .param("text", "Register differs from the record")
                .param("severity", "high")
                .param("recordId", record))
        .andExpect(status().is3xxRedirection());
    var finding = findings.ofVisit(id).getFirst();
    assertThat(finding.recordId()).isEqualTo(record);
    assertThat(finding.evidence()).hasSize(1);
    var file = finding.evidence().getFirst();
    mvc.perform(get("/monitoring/evidence/" + file.id()).with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    mvc.perform(get("/monitoring/evidence/" + file.id()).with(as("focal-point")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/monitoring/evidence/" + file.id())).andExpect(status().is3xxRedirection());
    // The record page shows the finding to monitors.
    mvc.perform(get("/custody/" + record).with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Register differs from the record")));
  }

  @Test
  void interviewNotesAreForTheTeamOnlyAndEachReadingIsLogged() throws Exception {
    var monitor = actor("monitor");
    var id =
        visits.plan(
            monitor, new Visits.Plan(FACILITY, TestClock.today(), false, true, null, List.of()));
    var interview = interviews.hold(monitor, id, "Says he was beaten on arrival");
    assertThat(interviews.of(monitor, id))
        .extracting(Interviews.Interview::notes)
        .containsExactly("Says he was beaten on arrival");
    assertThat(
            jdbc.sql("select count(*) from personal_data_read where record_id = ?")
                .param(interview)
                .query(Long.class)
                .single())
        .isOne();
    assertThatThrownBy(() -> interviews.of(actor("monitor-2"), id))
        .isInstanceOfSatisfying(
            Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
    mvc.perform(get("/monitoring/visits/" + id).with(as("monitor-2")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("beaten"))));
    // The complaints module takes allegations over: the team gets the one-action button.
    mvc.perform(get("/monitoring/visits/" + id).with(as("monitor")))
        .andExpect(content().string(containsString("beaten")))
        .andExpect(content().string(not(containsString("id=\"complaints-unavailable\""))))
        .andExpect(content().string(containsString("/complaint\"")));
    assertThat(
            jdbc.sql(
                    "select count(*) from mon_event where stream_id = ? and type = 'InterviewHeld'")
                .param(id)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void aRecommendationGoesFromFindingToValidatedProgressWithItsWholeChainShown() throws Exception {
    var monitor = actor("monitor");
    var visit =
        visits.plan(
            monitor, new Visits.Plan(FACILITY, TestClock.today(), false, true, null, List.of()));
    var finding =
        findings.add(
            monitor,
            visit,
            new Findings.FindingForm("No camera in room 3", "critical", null, null),
            List.of());
    var location =
        mvc.perform(
                post("/monitoring/recommendations")
                    .with(as("monitor"))
                    .with(csrf())
                    .param("source", "visit")
                    .param("agency", "interior")
                    .param("theme", "video")
                    .param("textEn", "Install a camera in room 3")
                    .param("textRu", "Установить камеру в комнате 3")
                    .param("issuedOn", TestClock.today().toString())
                    .param("deadline", TestClock.today().plusDays(30).toString())
                    .param("findingId", finding))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    var id = location.substring(location.lastIndexOf('/') + 1);
    var r = recommendations.get(monitor, id);
    assertThat(r.status()).isEqualTo(RecommendationStatus.NOT_STARTED);
    assertThat(r.facilityId()).isEqualTo(FACILITY);

    // The focal point of the Ministry of Internal Affairs sees it and reports progress.
    mvc.perform(get("/monitoring/recommendations").with(as("focal-point")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Установить камеру в комнате 3")));
    mvc.perform(
            multipart("/monitoring/recommendations/" + id + "/progress")
                .with(as("focal-point"))
                .with(csrf())
                .param("actionsTaken", "Camera ordered")
                .param("proposedStatus", "IN_PROGRESS"))
        .andExpect(status().is3xxRedirection());
    var progress = recommendations.progress(id).getFirst();
    assertThat(recommendations.get(monitor, id).status())
        .as("a report does not move the status until the commission validates it")
        .isEqualTo(RecommendationStatus.NOT_STARTED);
    mvc.perform(
            post("/monitoring/recommendations/" + id + "/progress/" + progress.id() + "/review")
                .with(as("monitor"))
                .with(csrf())
                .param("accepted", "true")
                .param("note", "Seen the order"))
        .andExpect(status().is3xxRedirection());
    assertThat(recommendations.get(monitor, id).status())
        .isEqualTo(RecommendationStatus.IN_PROGRESS);
    verification.verify(monitor, id, visit, RecommendationStatus.IMPLEMENTED, "Camera works");
    assertThat(recommendations.history(id))
        .extracting(Recommendations.StatusChange::status)
        .containsExactly(
            RecommendationStatus.NOT_STARTED,
            RecommendationStatus.IN_PROGRESS,
            RecommendationStatus.IMPLEMENTED);
    assertThat(
            jdbc.sql("select type from mon_event where stream_id = ? order by seq")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly(
            "RecommendationIssued",
            "ProgressReported",
            "ProgressReviewed",
            "StatusChanged",
            "ImplementationVerified",
            "StatusChanged");
    mvc.perform(get("/monitoring/recommendations/" + id).with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"chain-finding\"")))
        .andExpect(content().string(containsString("No camera in room 3")))
        .andExpect(content().string(containsString("Camera ordered")))
        .andExpect(content().string(containsString("Camera works")));
  }

  @Test
  void aFocalPointSeesOnlyTheirAgencyAndCannotMoveTheStatus() throws Exception {
    var monitor = actor("monitor");
    var other =
        issuing.issue(
            monitor,
            new RecommendationForm(
                "upr",
                null,
                null,
                "Reform the bar",
                null,
                null,
                "justice",
                null,
                "legislation",
                null,
                null,
                null,
                null,
                "2026-01-01"));
    assertThatThrownBy(() -> recommendations.get(actor("focal-point"), other))
        .isInstanceOfSatisfying(
            Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_FOUND));
    assertThatThrownBy(
            () ->
                progress.changeStatus(
                    actor("focal-point"), other, RecommendationStatus.IMPLEMENTED, "done"))
        .isInstanceOf(Problem.class);
    assertThatThrownBy(
            () -> progress.changeStatus(monitor, other, RecommendationStatus.NOT_STARTED, "back"))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> assertThat(p.fields().getFirst().code()).isEqualTo("monitoring.badTransition"));
  }

  @Test
  void anImportWithOneBadRowStoresNothingAndTheGoodFileStoresAll() throws Exception {
    long before = count("mon_recommendation");
    var bad =
        "source,agency,theme,textEn,issuedOn\n"
            + "cpt,interior,safeguards,Good row,2026-01-01\n"
            + "cpt,nobody,safeguards,Bad row,2026-01-01\n";
    mvc.perform(
            post("/monitoring/recommendations/import")
                .with(as("monitor"))
                .with(csrf())
                .param("content", bad))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("choose an agency")));
    assertThat(count("mon_recommendation")).isEqualTo(before);
    var good = bad.replace("nobody", "justice");
    mvc.perform(
            multipart("/monitoring/recommendations/import/preview")
                .file(
                    new MockMultipartFile(
                        "file", "r.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                .with(as("monitor"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"confirm-import\"")));
    mvc.perform(
            post("/monitoring/recommendations/import")
                .with(as("monitor"))
                .with(csrf())
                .param("content", good))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"imported\"")));
    assertThat(count("mon_recommendation")).isEqualTo(before + 2);
  }

  @Test
  void thePublicPortalNeedsNoSignInFiltersAndExportsWithoutConfidentialText() throws Exception {
    var monitor = actor("monitor");
    var visit =
        visits.plan(
            monitor, new Visits.Plan(FACILITY, TestClock.today(), false, true, null, List.of()));
    var finding =
        findings.add(
            monitor,
            visit,
            new Findings.FindingForm("Secret finding text", "high", null, null),
            List.of());
    issuing.issue(
        monitor,
        new RecommendationForm(
            "visit",
            null,
            "9",
            "Public portal text",
            "Публичный текст",
            null,
            "health",
            null,
            "medical",
            null,
            "16.3",
            null,
            finding,
            "2026-03-01"));
    mvc.perform(get("/public/recommendations").param("agency", "health").param("lang", "ru"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Публичный текст")))
        .andExpect(content().string(containsString("Министерство здравоохранения")))
        .andExpect(content().string(not(containsString("Secret finding text"))))
        .andExpect(content().string(containsString("/public/recommendations.csv?agency=health")));
    mvc.perform(get("/public/recommendations").param("agency", "justice").param("year", "1999"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Public portal text"))));
    mvc.perform(get("/public/recommendations.csv").param("agency", "health"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("text/csv")))
        .andExpect(content().string(containsString("Public portal text")))
        .andExpect(content().string(not(containsString("Secret finding text"))));
  }

  @Test
  void countsByStatusAndAgencyForStatistics() {
    var counts = recommendations.countsByStatusAndAgency();
    assertThat(counts).isNotEmpty();
    long total =
        counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    assertThat(total).isEqualTo(count("mon_recommendation"));
  }

  @Test
  void theApiImportsAllOrNothingAndNamesTheBadRowsField() throws Exception {
    long before = count("mon_recommendation");
    var body =
        """
        [{"source":"cat","agency":"justice","theme":"legislation","textEn":"API row one","issuedOn":"2026-02-01"},
         {"source":"cat","agency":"army","theme":"legislation","textEn":"API row two","issuedOn":"2026-02-01"}]""";
    mvc.perform(
            post("/api/v1/recommendations/import")
                .with(httpBasic("monitor", "habeas-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("rows[2].agency")));
    assertThat(count("mon_recommendation")).isEqualTo(before);
    mvc.perform(
            post("/api/v1/recommendations/import")
                .with(httpBasic("monitor", "habeas-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("army", "justice")))
        .andExpect(status().isCreated());
    assertThat(count("mon_recommendation")).isEqualTo(before + 2);
    mvc.perform(
            post("/api/v1/recommendations/import")
                .with(httpBasic("focal-point", "habeas-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
    // The focal point of the interior ministry lists only its agency's.
    mvc.perform(get("/api/v1/recommendations").with(httpBasic("focal-point", "habeas-demo")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("\"agency\":\"justice\""))));
  }

  @Test
  void administratorsSayWhichAgencyAFocalPointReportsFor() throws Exception {
    mvc.perform(get("/monitoring/recommendations").with(as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"focal-points\"")));
    mvc.perform(
            post("/monitoring/focal-points")
                .with(as("monitor"))
                .with(csrf())
                .param("username", "focal-point")
                .param("agency", "justice"))
        .andExpect(status().isForbidden());
    assertThat(recommendations.agencyOf("focal-point")).contains("interior");
  }

  @Test
  void historyTablesRefuseUpdatesAndDeletesInTheDatabaseItself() {
    for (var sql :
        List.of(
            "update mon_rec_status set status = 'IMPLEMENTED'",
            "delete from mon_answer",
            "update mon_visit set facility_id = facility_id",
            "delete from mon_event")) {
      assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).isInstanceOf(Exception.class);
    }
  }

  @Test
  void theIssueFormStartsFromAFindingAndKeepsWhatWasTypedOnError() throws Exception {
    var monitor = actor("monitor");
    var visit =
        visits.plan(
            monitor, new Visits.Plan(FACILITY, TestClock.today(), false, true, null, List.of()));
    var finding =
        findings.add(
            monitor,
            visit,
            new Findings.FindingForm("Cells without daylight", "medium", null, null),
            List.of());
    mvc.perform(
            get("/monitoring/recommendations/new").param("findingId", finding).with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + finding + "\"")));
    long before = count("mon_recommendation");
    mvc.perform(
            post("/monitoring/recommendations")
                .with(as("monitor"))
                .with(csrf())
                .param("source", "visit")
                .param("agency", "interior")
                .param("theme", "conditions")
                .param("textEn", "Give every cell daylight")
                .param("issuedOn", "2026-05-01")
                .param("deadline", "2026-01-01")
                .param("sdgTargets", "17.1")
                .param("findingId", finding))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Give every cell daylight")))
        .andExpect(content().string(containsString("must not be before the date issued")))
        .andExpect(content().string(containsString("SDG 16 targets such as 16.3")));
    assertThat(count("mon_recommendation")).isEqualTo(before);
  }

  @Test
  void theFocalPointSeesTheProgressFormAndNoCommissionActions() throws Exception {
    var id =
        issuing.issue(
            actor("monitor"),
            new RecommendationForm(
                "npm",
                null,
                null,
                "Train staff",
                "Обучить персонал",
                null,
                "interior",
                null,
                "training",
                null,
                null,
                null,
                null,
                "2026-04-01"));
    mvc.perform(get("/monitoring/recommendations/" + id).with(as("focal-point")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"progress-form\"")))
        .andExpect(content().string(not(containsString("id=\"status-form\""))));
    mvc.perform(
            multipart("/monitoring/recommendations/" + id + "/progress")
                .with(as("focal-point"))
                .with(csrf())
                .param("proposedStatus", "IN_PROGRESS"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"progress-form\"")));
    assertThat(recommendations.progress(id)).isEmpty();
  }
}
