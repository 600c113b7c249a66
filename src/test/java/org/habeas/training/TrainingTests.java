package org.habeas.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.habeas.IntegrationTest;
import org.habeas.Publications;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A training coordinator's work end to end, and who else may see what. */
@IntegrationTest
class TrainingTests {

  private static final Actor TRAINER =
      new Actor("trainer", "Marat Iskakov", Role.TRAINER, null, null, "kk");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired StaffDirectory directory;
  @Autowired Courses courses;
  @Autowired Participants participants;
  @Autowired Certificates certificates;
  @Autowired FacilityComplaintCounts complaintCounts;
  @Autowired CertificatePdf pdf;

  private static RequestPostProcessor as(String name) {
    return user(name).password("habeas-demo");
  }

  @Test
  void coordinatorImportsAMoodleReportWithMismatchesOnceOnly() throws Exception {
    var tag = tag();
    var byNumber = person("N-" + tag, "Aruzhan Number" + tag, null);
    var byEmail = person("E-" + tag, "Dias Email" + tag, "dias." + tag + "@police.kz");
    var byName = person("M-" + tag, "Madina Name" + tag, null);
    var run = newRunThroughThePage(tag);
    var csv =
        """
        "First name","Surname","ID number","Email address","Course complete","Completion date","Grade"
        Aruzhan,Number%1$s,N-%1$s,,Completed,2026-11-02,91
        Dias,Email%1$s,,dias.%1$s@police.kz,Completed,2026-11-03,55
        Madina,Name%1$s,,,Completed,2026-11-04,77
        Ghost,Person%1$s,X-%1$s,,Completed,2026-11-04,70
        Late,Starter%1$s,,,Not completed,,
        """
            .formatted(tag);

    var preview = upload(run, csv);
    mvc.perform(get(preview).with(as("trainer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-status=\"BY_NUMBER\"")))
        .andExpect(content().string(containsString("data-status=\"BY_EMAIL\"")))
        .andExpect(content().string(containsString("data-status=\"BY_NAME_TO_CONFIRM\"")))
        .andExpect(content().string(containsString("data-status=\"UNKNOWN_NUMBER\"")))
        .andExpect(content().string(containsString("data-status=\"NOT_COMPLETED\"")))
        .andExpect(content().string(containsString("табель нөмірі анықтамалықта жоқ")));

    // The coordinator confirms the name match and leaves the rest as proposed.
    mvc.perform(post(preview).with(as("trainer")).with(csrf()).param("line", "2", "3", "4", "5"))
        .andExpect(redirectedUrl("/training/runs/" + run))
        .andExpect(flash().attribute("imported", 3));
    assertThat(participants.completion(run, byNumber).orElseThrow().score())
        .isEqualByComparingTo(new BigDecimal("91"));
    assertThat(participants.completion(run, byEmail).orElseThrow().completedOn())
        .isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(participants.completion(run, byName)).isPresent();
    assertThat(participants.of(run)).hasSize(3);

    // The same file again: the preview says so, and importing it changes nothing.
    var again = upload(run, csv);
    mvc.perform(get(again).with(as("trainer")))
        .andExpect(content().string(containsString("id=\"earlier\"")))
        .andExpect(content().string(containsString("data-status=\"ALREADY\"")));
    long before = rows("training_completion");
    mvc.perform(post(again).with(as("trainer")).with(csrf()).param("line", "2", "3", "4"))
        .andExpect(flash().attribute("imported", 0))
        .andExpect(flash().attribute("alreadyRecorded", 3));
    assertThat(rows("training_completion")).isEqualTo(before);

    // Working copies older than a day are gone at the next upload; recent ones stay.
    jdbc.sql(
            "insert into training_upload (id, run_id, file_sha256, file_name, content, uploaded_by,"
                + " uploaded_at) values (?, ?, 'x', 'old.csv', 'x', 'trainer', ?)")
        .params(
            "old-" + tag,
            run,
            java.sql.Timestamp.from(org.habeas.TestClock.now().minus(2, ChronoUnit.DAYS)))
        .update();
    upload(run, csv);
    assertThat(
            jdbc.sql("select count(*) from training_upload where id = ?")
                .param("old-" + tag)
                .query(Long.class)
                .single())
        .isZero();
    mvc.perform(get(again).with(as("trainer"))).andExpect(status().isOk());
  }

  @Test
  void theDemoSampleReportMatchesTheDemoDirectoryAsTheReadmeSays() throws Exception {
    var rows =
        org.habeas.training.moodle.MoodleReport.parse(
            java.nio.file.Files.readString(
                java.nio.file.Path.of("docs/samples/moodle-completion-demo.csv")));

    assertThat(org.habeas.training.moodle.Matching.all(rows, directory.all()))
        .extracting(org.habeas.training.moodle.Matching.Match::status)
        .containsExactly(
            org.habeas.training.moodle.Matching.Status.BY_NUMBER,
            org.habeas.training.moodle.Matching.Status.BY_EMAIL,
            org.habeas.training.moodle.Matching.Status.BY_NAME_TO_CONFIRM,
            org.habeas.training.moodle.Matching.Status.UNKNOWN_NUMBER,
            org.habeas.training.moodle.Matching.Status.NOT_COMPLETED);
  }

  @Test
  void refusesAnUploadThatIsNotACsvReport() throws Exception {
    var run = newRunThroughThePage(tag());
    mvc.perform(
            multipart("/training/runs/" + run + "/import")
                .file(new MockMultipartFile("file", "photo.png", "image/png", new byte[] {1, 2, 3}))
                .with(as("trainer"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("CSV файлы емес")));
    mvc.perform(
            multipart("/training/runs/" + run + "/import")
                .file(new MockMultipartFile("file", "big.csv", "text/csv", new byte[600 * 1024]))
                .with(as("trainer"))
                .with(csrf()))
        .andExpect(content().string(containsString("512 КБ-тан үлкен")));
  }

  @Test
  void certificatesPrintKazakhRussianAndEnglishAndVerifyPublicly() throws Exception {
    var tag = tag();
    var run = runOf("HELP-ILLTREAT", tag);
    String[][] people = {
      {"kk", "Әсел Құрманғалиқызы Өтегенова"},
      {"ru", "Фёдор Игоревич Щербаков"},
      {"en", "Emma O’Neill"}
    };
    for (var p : people) {
      var id = person(p[0] + "-" + tag, p[1], null);
      participants.complete(
          TRAINER,
          new Completion(run, id, LocalDate.of(2026, 4, 30), 95, new BigDecimal("88"), "MANUAL"),
          null);
      var c = certificates.issue(TRAINER, run, id, "HELP", p[0]);
      assertThat(c.language()).isEqualTo(p[0]);
      try (var doc = Loader.loadPDF(pdf.render(c))) {
        var text = new PDFTextStripper().getText(doc);
        assertThat(text).contains(p[1]).contains(c.printedCode());
        if (p[0].equals("kk")) {
          assertThat(text).contains("Қатыгез қарауға тыйым салу").contains("HELP сертификаты");
        }
      }
      mvc.perform(get("/api/v1/certificates/" + c.printedCode().toLowerCase()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.holderName").value(p[1]))
          .andExpect(jsonPath("$.kind").value("help"))
          .andExpect(jsonPath("$.course.code").value("HELP-ILLTREAT"));
    }
    // Issuing the same kind again gives the same certificate.
    var again =
        certificates.issue(
            TRAINER,
            run,
            directory.all().stream()
                .filter(s -> s.personnelNumber().equals("en-" + tag))
                .findFirst()
                .orElseThrow()
                .id(),
            "HELP",
            "en");
    assertThat(certificates.ofRun(run))
        .hasSize(3)
        .extracting(Certificate::code)
        .contains(again.code());

    mvc.perform(get("/training/runs/" + run).with(as("trainer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(again.printedCode())))
        .andExpect(content().string(containsString("Фёдор Игоревич Щербаков")));
    mvc.perform(get("/api/v1/certificates/0000-0000-0000-0000-0000-0000"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/training/certificates/verify").param("code", again.printedCode()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Emma O’Neill")));
    mvc.perform(get("/training/certificates/verify").param("code", "nope"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"invalid\"")));
    mvc.perform(get("/training/certificates/" + again.code() + ".pdf").with(as("trainer")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    mvc.perform(get("/api/v1/certificates").with(httpBasic("trainer", "habeas-demo")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/certificates").with(httpBasic("officer", "habeas-demo")))
        .andExpect(status().isForbidden());
  }

  @Test
  void refusesCertificatesTheResultDoesNotEarn() {
    var tag = tag();
    var run = runOf("HELP-CPT", tag);
    var id = person("C-" + tag, "Low Score" + tag, null);
    participants.complete(
        TRAINER,
        new Completion(run, id, LocalDate.of(2026, 2, 1), null, new BigDecimal("40"), "MANUAL"),
        null);

    assertThat(
            Certificates.refusal(
                courses.course(courses.run(run).orElseThrow().courseId()).orElseThrow(),
                "ACHIEVEMENT",
                new BigDecimal("40")))
        .isEqualTo("training.certificate.notPassed");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> certificates.issue(TRAINER, run, id, "HELP", null))
        .hasMessage("problem.invalid");
    assertThat(certificates.issue(TRAINER, run, id, "ATTENDANCE", null).kind())
        .isEqualTo("ATTENDANCE");
  }

  @Test
  void setsAPersonsTrainingBesideTheRecordsTheyHandledAndLogsTheLook() throws Exception {
    var tag = tag();
    var number = "P-" + tag;
    var staffId = person(number, "Sergeant " + tag, null);
    var record = openRecord();
    mvc.perform(
            post("/api/v1/custody-records/" + record + "/events")
                .with(httpBasic("officer", "habeas-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"type":"CellVisited","occurredAt":"%s","by":"%s Sergeant %s"}"""
                        .formatted(minutesAgo(30), number.toLowerCase(), tag)))
        .andExpect(status().isCreated());
    Publications.awaitCompleted(jdbc); // who handled it is noted after the commit
    long reads = readsOf(staffId);

    mvc.perform(
            get("/training/staff/" + staffId).with(as("monitor")).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString(org.habeas.custody.CustodyRecords.pseudonym(record))))
        .andExpect(content().string(containsString("Cell visit")))
        .andExpect(content().string(not(containsString("Test Person"))));
    assertThat(readsOf(staffId)).isEqualTo(reads + 1);
    mvc.perform(get("/training/staff/" + staffId).with(as("officer")))
        .andExpect(status().isForbidden());
  }

  @Test
  void listsTheDirectoryAndKeepsWhatWasTypedWhenANumberIsTaken() throws Exception {
    var tag = tag();
    person("D-" + tag, "Directory Person " + tag, null);
    mvc.perform(get("/training/staff").param("facility", "kz-ast-tdf1").with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Directory Person " + tag)));
    mvc.perform(
            post("/training/staff")
                .with(as("trainer"))
                .with(csrf())
                .param("personnelNumber", "D-" + tag)
                .param("fullName", "Second Person " + tag)
                .param("position", "custody-staff")
                .param("facilityId", "kz-ast-tdf1"))
        .andExpect(content().string(containsString("бұл табель нөмірі анықтамалықта бар")))
        .andExpect(content().string(containsString("value=\"Second Person " + tag + "\"")));
    mvc.perform(post("/training/staff").with(as("monitor")).with(csrf()).param("fullName", "x"))
        .andExpect(status().isForbidden());
  }

  @Test
  void backfillNotesRecordsStoredBeforeTrainingOnceOnly(@Autowired HandledBackfill backfill)
      throws Exception {
    var record = openRecord();
    Publications.awaitCompleted(jdbc); // who handled it is noted after the commit
    long noted = handledRows(record);
    assertThat(noted).isPositive(); // the officer who recorded the apprehension
    jdbc.sql("delete from training_handled where record_id = ?").param(record).update();

    backfill.run();
    backfill.run();

    assertThat(handledRows(record)).isEqualTo(noted);
  }

  @Test
  void addsACertifiedTutorAndRefusesABadDate() throws Exception {
    var tag = tag();
    mvc.perform(
            post("/training/tutors")
                .with(as("trainer"))
                .with(csrf())
                .param("fullName", "Tutor " + tag)
                .param("certifiedOn", "2024-06-01"))
        .andExpect(redirectedUrl("/training"));
    assertThat(courses.tutors())
        .anySatisfy(
            t -> {
              assertThat(t.fullName()).isEqualTo("Tutor " + tag);
              assertThat(t.certified()).isTrue();
            });
    mvc.perform(
            post("/training/tutors")
                .with(as("trainer"))
                .with(csrf())
                .param("fullName", "Kept " + tag)
                .param("certifiedOn", "not a date"))
        .andExpect(content().string(containsString("id=\"t-certifiedOn-error\"")))
        .andExpect(content().string(containsString("value=\"Kept " + tag + "\"")));
  }

  @Test
  void showsCoverageBesideComplianceToTrainingRolesOnly() throws Exception {
    mvc.perform(get("/training/coverage").with(as("trainer"))).andExpect(status().isOk());
    mvc.perform(get("/training/coverage").with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("association, not cause")))
        .andExpect(content().string(containsString("<svg")))
        // the complaints module provides the counts, so the page does not say they are missing
        .andExpect(content().string(not(containsString("id=\"complaints-note\""))));
    mvc.perform(get("/training/coverage").with(as("officer"))).andExpect(status().isForbidden());
    mvc.perform(get("/training")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/training").with(as("trainer")).header("Accept-Language", "kk"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Курстар")));
  }

  @Test
  void recordsAJointEventWithFollowUpsLinkedToARecommendation() throws Exception {
    var tag = tag();
    var location =
        mvc.perform(
                post("/training/events")
                    .with(as("trainer"))
                    .with(csrf())
                    .param("kind", "round-table")
                    .param("title", "Round table " + tag)
                    .param("heldOn", "2026-10-15")
                    .param("partners", "supreme-court", "prosecutor-general")
                    .param("pName0", "Aidar Bekenov")
                    .param("pInstitution0", "Supreme Court")
                    .param("fAction0", "Circular on night questioning")
                    .param("fResponsible0", "Prosecutor General’s Office")
                    .param("fDue0", "2027-01-31")
                    .param("fRecommendation0", "REC-2026-" + tag))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/training/events/");
    mvc.perform(get(location).with(as("monitor")).header("Accept-Language", "en"))
        .andExpect(content().string(containsString("REC-2026-" + tag)))
        .andExpect(content().string(containsString("Supreme Court")));

    // Without a partner the form comes back with what was typed and the error by the field.
    mvc.perform(
            post("/training/events")
                .with(as("trainer"))
                .with(csrf())
                .param("kind", "workshop")
                .param("title", "Kept " + tag)
                .param("heldOn", "2026-10-15"))
        .andExpect(content().string(containsString("кемінде бір серіктес мекемені таңдаңыз")))
        .andExpect(content().string(containsString("value=\"Kept " + tag + "\"")));
  }

  private String newRunThroughThePage(String tag) throws Exception {
    var course = courses.courses().stream().filter(c -> c.code().equals("HELP-DATA")).findFirst();
    var courseId = course.isPresent() ? course.get().id() : anyCourse();
    var location =
        mvc.perform(
                post("/training/runs")
                    .with(as("trainer"))
                    .with(csrf())
                    .param("courseId", courseId)
                    .param("code", "RUN-" + tag)
                    .param("startsOn", "2026-11-01")
                    .param("endsOn", "2026-11-30")
                    .param("language", "ru"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/training/runs/");
    return location.substring("/training/runs/".length());
  }

  private String runOf(String courseCode, String tag) {
    var courseId =
        courses.courses().stream()
            .filter(c -> c.code().equals(courseCode))
            .findFirst()
            .map(Course::id)
            .orElseGet(this::anyCourse);
    var course = courses.course(courseId).orElseThrow();
    return courses.addRun(
        TRAINER,
        new CourseRun(
            "",
            courseId,
            "R-" + tag,
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 4, 30),
            course.languages().getFirst(),
            "Astana",
            null));
  }

  private String anyCourse() {
    return courses.addCourse(
        TRAINER,
        new Course(
            "",
            "T-" + tag(),
            "Prohibition of ill-treatment",
            "Запрет жестокого обращения",
            "Қатыгез қарауға тыйым салу",
            "HELP",
            "ill-treatment",
            "tutored",
            List.of("kk", "ru", "en"),
            20));
  }

  private String upload(String run, String csv) throws Exception {
    var location =
        mvc.perform(
                multipart("/training/runs/" + run + "/import")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "completion.csv",
                            "text/csv",
                            csv.getBytes(StandardCharsets.UTF_8)))
                    .with(as("trainer"))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/training/imports/");
    return location;
  }

  private String person(String number, String name, String email) {
    return directory.add(
        TRAINER,
        new Staff(
            "",
            number,
            name,
            email,
            "custody-staff",
            "police",
            "kz-ast-tdf1",
            "Shift A",
            null,
            "kk"));
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
                         "person":{"name":"Test Person","birthDate":"1990-04-01","citizenship":"KZ"},
                         "grounds":"caught in the act","jurisdiction":"kz"}"""
                            .formatted(minutesAgo(60))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private long readsOf(String id) {
    return jdbc.sql("select count(*) from personal_data_read where record_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  private long handledRows(String record) {
    return jdbc.sql("select count(*) from training_handled where record_id = ?")
        .param(record)
        .query(Long.class)
        .single();
  }

  private long rows(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private static String minutesAgo(long minutes) {
    return org.habeas.TestClock.now()
        .minus(minutes, ChronoUnit.MINUTES)
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  @Test
  void countsComplaintsPerFacilityFromTheComplaintsModule() throws Exception {
    var from = org.habeas.TestClock.now().minus(1, ChronoUnit.HOURS);
    var to = org.habeas.TestClock.now().plus(1, ChronoUnit.HOURS);
    long before = complaintCounts.between(from, to).orElseThrow().getOrDefault("kz-ast-tdf1", 0L);
    mvc.perform(
            post("/api/v1/complaints")
                .with(
                    r -> {
                      r.setRemoteAddr("10.88.0." + (1 + (int) (Math.random() * 250)));
                      return r;
                    })
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"complainantRole":"WITNESS","contactPreference":"NONE",
                     "narrative":"Saw a detainee beaten","facilityId":"kz-ast-tdf1","stillHeld":false}
                    """))
        .andExpect(status().isCreated());
    assertThat(complaintCounts.between(from, to).orElseThrow())
        .containsEntry("kz-ast-tdf1", before + 1);
  }
}
