package org.habeas.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.habeas.Publications;
import org.habeas.monitoring.Recommendations;
import org.habeas.statistics.report.ReportJobs;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The objects the matrix asks about, made once for the run (committed, like the fixtures of other
 * tests) or found in the demo data, and which of them is "own", "foreign" or "unrelated" to a role.
 *
 * <p>Custody records are opened by the test, one per officer's facility, since the demo's records
 * fall at random facilities: the Astana one has the lawyer notified, the investigator's questioning
 * and an allegation, so it is the own record of every Astana role (officer, investigator, doctor,
 * prosecutor, lawyer) and of the monitor; the Almaty record is foreign to all of them. Roles that
 * see no record at all (trainer, focal point, administrator, anonymous) are asked about the same
 * two. The allegation raises a complaint (the "custody complaint"), which the monitor refers to the
 * prosecutor; a public complaint is lodged beside it. Unrelated objects are ids that do not exist.
 */
final class MatrixObjects {

  static final String PASSWORD = "habeas-demo";
  static final String NOWHERE = "00000000-0000-4000-8000-00000000dead";

  final String tag = HexFormat.of().toHexDigits((int) (System.nanoTime() & 0xffffff)).substring(2);
  private final AtomicInteger addresses = new AtomicInteger(1);

  final Clock clock;
  private final MockMvc mvc;
  private final JdbcClient jdbc;
  private final UserDetailsService users;

  // custody
  String recordAst;
  String recordAlm;
  String recordKar;
  String recordEw;
  // complaints
  String complaintCustody;
  String complaintPublic;
  String publicReference;
  String publicSecret;
  String documentCustody;
  String documentPublic;
  String actCustody;
  String actPublic;
  String examination;
  String finding;
  // monitoring
  String visitOwn;
  String visitOther;
  String interview;
  String camera;
  String evidenceVisit;
  String evidenceProgress;
  String recommendationOwn;
  String recommendationOther;
  String progress;
  // alerts and reports
  String alertAst;
  // reports of a detention: one in Astana (own), one in Almaty (foreign), and the code of the first
  String reportAst;
  String reportAlm;
  String reportCode;
  // field registrations (issue 19): a phone of the Astana officer with its approved key, and one
  // capture brought to Astana (own) and one to Almaty (foreign)
  final org.habeas.field.FieldSigning phone = new org.habeas.field.FieldSigning();
  String fieldKey;
  String fieldAst;
  String fieldAlm;
  String alertAlm;
  String jobMonitor;
  String jobAdmin;
  // training
  String run;
  String staff;
  String staffToEnrol;
  String staffCompleted;
  String jointEvent;
  String certificate;
  String printedCertificate;
  String upload;
  String course;
  // public data
  String dataset;
  String tile;

  private MatrixObjects(Clock clock, MockMvc mvc, JdbcClient jdbc, UserDetailsService users) {
    this.clock = clock;
    this.mvc = mvc;
    this.jdbc = jdbc;
    this.users = users;
  }

  private static @org.jspecify.annotations.Nullable MatrixObjects shared;

  /** The objects of the run, made by the first test that asks (the context is shared too). */
  static synchronized MatrixObjects shared(org.springframework.context.ApplicationContext context)
      throws Exception {
    if (shared == null) {
      shared =
          create(
              context.getBean(Clock.class),
              context.getBean(MockMvc.class),
              context.getBean(JdbcClient.class),
              context.getBean(UserDetailsService.class),
              context.getBean(Users.class),
              context.getBean(Recommendations.class),
              context.getBean(ReportJobs.class));
    }
    return shared;
  }

  private static MatrixObjects create(
      Clock clock,
      MockMvc mvc,
      JdbcClient jdbc,
      UserDetailsService details,
      Users users,
      Recommendations recommendations,
      ReportJobs jobs)
      throws Exception {
    var o = new MatrixObjects(clock, mvc, jdbc, details);
    if (users.find("monitor-2").isEmpty()) {
      users.create("monitor-2", PASSWORD, "Second Monitor", Role.MONITOR, null, null, "en");
    }
    if (recommendations.agencyOf("focal-point").isEmpty()) {
      recommendations.setAgency(users.find("admin").orElseThrow(), "focal-point", "interior");
    }
    o.custody();
    o.complaints();
    o.monitoring(recommendations);
    o.alerts();
    o.reports();
    o.fieldRegistrations();
    int year = LocalDate.now(clock).getYear();
    var monitorJob = jobs.start("monitor", year, "en");
    var adminJob = jobs.start("admin", year, "en");
    o.jobMonitor = monitorJob.id();
    o.jobAdmin = adminJob.id();
    o.training();
    o.publicData();
    // The reports' PDFs are made on other threads: the matrix downloads them, so wait for both.
    for (var job : List.of(monitorJob, adminJob)) {
      for (int i = 0; i < 600 && !job.done() && !job.failed(); i++) {
        Thread.sleep(200);
      }
      if (!job.done()) {
        throw new AssertionError("matrix fixture: the annual report " + job.id() + " not made");
      }
    }
    return o;
  }

  // --- who owns what ------------------------------------------------------------------------

  /** The custody record a role is asked about. */
  String record(String role, String object) {
    return switch (object) {
      case "own" ->
          switch (role) {
            case "officer-ew" -> recordEw;
            case "officer-alm" -> recordAlm;
            case "officer-kar" -> recordKar;
            default -> recordAst;
          };
      case "foreign" ->
          switch (role) {
            case "officer-ew", "officer-alm", "officer-kar" -> recordAst;
            default -> recordAlm;
          };
      default -> NOWHERE;
    };
  }

  /**
   * The complaint: the custody complaint is own to everyone but the administrator, for whom the
   * public complaint is own and the custody one (detainee data) foreign.
   */
  String complaint(String role, String object) {
    boolean admin = role.equals("admin");
    return switch (object) {
      case "own", "own-istanbul" -> admin ? complaintPublic : complaintCustody;
      case "foreign" -> admin ? complaintCustody : complaintPublic;
      default -> NOWHERE;
    };
  }

  String document(String complaint) {
    if (complaint.equals(complaintCustody)) {
      return documentCustody;
    }
    return complaint.equals(complaintPublic) ? documentPublic : NOWHERE;
  }

  /** The case-file item of the complaint: its act, or on the Istanbul side the doctor's finding. */
  String item(String complaint, boolean istanbul) {
    if (istanbul) {
      return complaint.equals(complaintCustody) ? finding : NOWHERE;
    }
    if (complaint.equals(complaintCustody)) {
      return actCustody;
    }
    return complaint.equals(complaintPublic) ? actPublic : NOWHERE;
  }

  String visit(String object) {
    return switch (object) {
      case "own" -> visitOwn;
      case "foreign" -> visitOther;
      default -> NOWHERE;
    };
  }

  String recommendation(String object) {
    return switch (object) {
      case "own" -> recommendationOwn;
      case "foreign" -> recommendationOther;
      default -> NOWHERE;
    };
  }

  /** Evidence: the focal point's own is that of their agency's progress report. */
  String evidence(String role, String object) {
    boolean focal = role.equals("focal-point");
    return switch (object) {
      case "own" -> focal ? evidenceProgress : evidenceVisit;
      case "foreign" -> focal ? evidenceVisit : evidenceProgress;
      default -> NOWHERE;
    };
  }

  String alert(String object) {
    return switch (object) {
      case "own" -> alertAst;
      case "foreign" -> alertAlm;
      default -> "987654321";
    };
  }

  String job(String role, String object) {
    boolean admin = role.equals("admin");
    return switch (object) {
      case "own" -> admin ? jobAdmin : jobMonitor;
      case "foreign" -> admin ? jobMonitor : jobAdmin;
      default -> NOWHERE;
    };
  }

  /** The facility a role opens records at: an officer's own, anyone else the Astana one. */
  static String facilityOf(String role) {
    return switch (role) {
      case "officer-ew" -> "ew-met-cs1";
      case "officer-alm" -> "kz-alm-tdf1";
      case "officer-kar" -> "kz-kar-tdf1";
      default -> "kz-ast-tdf1";
    };
  }

  // --- requests --------------------------------------------------------------------------------

  private final java.util.Map<String, org.springframework.security.core.userdetails.UserDetails>
      signIns = new java.util.concurrent.ConcurrentHashMap<>();

  /** Signed in as the demo user (their authorities as stored; no password check per request). */
  RequestPostProcessor as(String role) {
    return user(signIns.computeIfAbsent(role, users::loadUserByUsername));
  }

  /** A client address no other request of the run used (the public door limits per address). */
  RequestPostProcessor freshAddress() {
    int n = addresses.getAndIncrement();
    return r -> {
      r.setRemoteAddr("10.91." + (n / 250) + "." + (n % 250 + 1));
      return r;
    };
  }

  Instant ago(Duration d) {
    return clock.instant().minus(d).truncatedTo(ChronoUnit.SECONDS);
  }

  String localAgo(Duration d, String facility) {
    var zone = facility.startsWith("ew") ? "Europe/London" : "Asia/Almaty";
    return ago(d).atZone(java.time.ZoneId.of(zone)).toLocalDateTime().toString();
  }

  static byte[] png() {
    var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private MvcResult ok(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    var result = mvc.perform(request.header("Accept-Language", "en")).andReturn();
    int status = result.getResponse().getStatus();
    if (status >= 400) {
      throw new AssertionError(
          "matrix fixture: "
              + result.getRequest().getMethod()
              + " "
              + result.getRequest().getRequestURI()
              + " -> "
              + status
              + " "
              + result.getResponse().getContentAsString());
    }
    return result;
  }

  private String json(String role, String path, String body) throws Exception {
    return ok(post(path).with(as(role)).contentType(MediaType.APPLICATION_JSON).content(body))
        .getResponse()
        .getContentAsString();
  }

  private String one(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(String.class).list().stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("matrix fixture: nothing for " + sql));
  }

  // --- making them -------------------------------------------------------------------------

  static String apprehended(String facility, Instant at) {
    return """
        {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
         "person":{"name":"Matrix Person","birthDate":"1990-04-01","citizenship":"KZ"},
         "grounds":"caught in the act","suspectedOffence":"Theft","jurisdiction":"%s"}"""
        .formatted(at, facility, facility.startsWith("ew") ? "ew" : "kz");
  }

  private String open(String officer) throws Exception {
    var body =
        json(
            officer,
            "/api/v1/custody-records",
            apprehended(facilityOf(officer), ago(Duration.ofHours(3))));
    return JsonPath.read(body, "$.id");
  }

  private void custody() throws Exception {
    recordAst = open("officer");
    recordAlm = open("officer-alm");
    recordKar = open("officer-kar");
    recordEw = open("officer-ew");
    var events = "/api/v1/custody-records/" + recordAst + "/events";
    json(
        "officer",
        events,
        """
        {"type":"LawyerNotified","occurredAt":"%s","lawyer":"lawyer"}"""
            .formatted(ago(Duration.ofMinutes(170))));
    json(
        "officer",
        events,
        """
        {"type":"InterrogationStarted","occurredAt":"%s","interrogator":"investigator",
         "lawyerPresent":false}"""
            .formatted(ago(Duration.ofMinutes(120))));
    json(
        "officer",
        events,
        """
        {"type":"InterrogationEnded","occurredAt":"%s"}"""
            .formatted(ago(Duration.ofMinutes(110))));
    json(
        "officer",
        events,
        """
        {"type":"AllegationMade","occurredAt":"%s","against":"duty officers",
         "description":"Hit during questioning (access matrix)"}"""
            .formatted(ago(Duration.ofMinutes(100))));
  }

  private void complaints() throws Exception {
    Publications.awaitCompleted(jdbc); // the allegation's complaint is raised after its commit
    complaintCustody = one("select id from complaint where custody_record_id = ?", recordAst);
    var entries = "/api/v1/complaints/" + complaintCustody + "/entries";
    json("monitor", entries, "{\"type\":\"Triaged\",\"category\":\"ILL_TREATMENT\"}");
    json(
        "monitor",
        entries,
        "{\"type\":\"StatusChanged\",\"status\":\"REFERRED_TO_PROSECUTOR\",\"note\":\"matrix\"}");
    var lodged =
        ok(post("/api/v1/complaints")
                .with(freshAddress())
                .contentType(MediaType.APPLICATION_JSON)
                .content(intake("Public complaint of the access matrix " + tag)))
            .getResponse()
            .getContentAsString();
    publicReference = JsonPath.read(lodged, "$.reference");
    publicSecret = JsonPath.read(lodged, "$.secret");
    complaintPublic = one("select id from complaint where reference = ?", publicReference);
    documentCustody = addDocument(complaintCustody);
    documentPublic = addDocument(complaintPublic);
    actCustody = item("monitor", complaintCustody, "case-file/acts", act());
    actPublic = item("monitor", complaintPublic, "case-file/acts", act());
    examination =
        item("monitor", complaintCustody, "istanbul/examinations", "{\"examiner\":\"doctor\"}");
    finding = item("doctor", complaintCustody, "istanbul/findings", finding(examination));
  }

  private String addDocument(String complaint) throws Exception {
    ok(
        multipart("/complaints/" + complaint + "/documents")
            .file(new MockMultipartFile("attachments", "photo.png", "image/png", png()))
            .with(as("monitor"))
            .with(csrf()));
    return one("select id from complaint_attachment where complaint_id = ? order by id", complaint);
  }

  private String item(String role, String complaint, String kind, String body) throws Exception {
    return JsonPath.read(json(role, "/api/v1/complaints/" + complaint + "/" + kind, body), "$.id");
  }

  static String intake(String narrative) {
    return """
        {"complainantRole":"RELATIVE","complainantName":"Matrix Relative","victimName":"Matrix Victim",
         "contactPreference":"NONE","narrative":"%s","facilityId":"kz-ast-tdf1",
         "against":"duty officers","stillHeld":true}"""
        .formatted(narrative);
  }

  static String act() {
    return """
        {"actType":"BEATING","occurredOn":"2026-11-20","place":"Interview room 3",
         "facility":"kz-ast-tdf1","description":"Beaten during questioning"}""";
  }

  static String finding(String examination) {
    return """
        {"examination":"%s","findingKind":"PHYSICAL","summary":"Bruises on both arms",
         "description":"Bruises consistent with the account"}"""
        .formatted(examination);
  }

  private void monitoring(Recommendations recommendations) throws Exception {
    visitOwn = plan("monitor");
    visitOther = plan("monitor-2");
    ok(
        post("/monitoring/visits/" + visitOwn + "/interviews")
            .with(as("monitor"))
            .with(csrf())
            .param("notes", "Private interview (access matrix)"));
    interview = one("select id from mon_interview where visit_id = ?", visitOwn);
    ok(
        multipart("/monitoring/visits/" + visitOwn + "/findings")
            .file(new MockMultipartFile("evidence", "room.png", "image/png", png()))
            .with(as("monitor"))
            .with(csrf())
            .param("text", "No working camera (access matrix)")
            .param("severity", "high"));
    evidenceVisit =
        one(
            "select e.id from mon_evidence e join mon_finding f on f.id = e.finding_id"
                + " where f.visit_id = ?",
            visitOwn);
    ok(
        post("/monitoring/visits/" + visitOwn + "/cameras")
            .with(as("monitor"))
            .with(csrf())
            .param("roomKind", "corridor")
            .param("label", "Corridor " + tag)
            .param("status", "working")
            .param("retentionDays", "30"));
    camera = one("select id from mon_camera where label = ?", "Corridor " + tag);
    // Own: addressed to the focal point's agency (interior, unless another test moved it).
    var agency = recommendations.agencyOf("focal-point").orElse("interior");
    recommendationOwn = issue(agency);
    recommendationOther = issue(agency.equals("justice") ? "health" : "justice");
    ok(
        multipart("/monitoring/recommendations/" + recommendationOwn + "/progress")
            .file(new MockMultipartFile("evidence", "order.png", "image/png", png()))
            .with(as("focal-point"))
            .with(csrf())
            .param("actionsTaken", "Cameras ordered (access matrix)")
            .param("proposedStatus", "IN_PROGRESS"));
    progress = one("select id from mon_progress where rec_id = ?", recommendationOwn);
    evidenceProgress = one("select id from mon_evidence where progress_id = ?", progress);
  }

  private String plan(String monitor) throws Exception {
    var location =
        ok(post("/monitoring/visits")
                .with(as(monitor))
                .with(csrf())
                .param("facilityId", "kz-ast-tdf1")
                .param("date", LocalDate.now(clock).toString())
                .param("announced", "false")
                .param("made", "true")
                .param("purpose", "Access matrix visit"))
            .getResponse()
            .getRedirectedUrl();
    return String.valueOf(location).substring("/monitoring/visits/".length());
  }

  static String recommendationJson(String agency, LocalDate today) {
    return """
        {"source":"commission","sourceDocument":"Access matrix","paragraph":"1",
         "textEn":"Keep the register complete","agency":"%s","theme":"registration",
         "issuedOn":"%s","deadline":"%s"}"""
        .formatted(agency, today, today.plusDays(60));
  }

  private String issue(String agency) throws Exception {
    var body =
        json(
            "monitor", "/api/v1/recommendations", recommendationJson(agency, LocalDate.now(clock)));
    return JsonPath.read(body, "$.id");
  }

  /** A report of a detention at the facility, made through the public API. */
  static String detentionReport(String facility, String since, String account) {
    return """
        {"personName":"Matrix Reported","birthDate":"1990-04-01","facilityId":"%s","since":"%s",
         "account":"%s","reporterRelation":"RELATIVE"}"""
        .formatted(facility, since, account);
  }

  private void reports() throws Exception {
    reportCode = reported("kz-ast-tdf1");
    reportAst =
        one(
            "select id from detention_report where reference_hash = ?",
            org.habeas.detentionreports.DetentionReports.hash(reportCode));
    reportAlm =
        one(
            "select id from detention_report where reference_hash = ?",
            org.habeas.detentionreports.DetentionReports.hash(reported("kz-alm-tdf1")));
  }

  private String reported(String facility) throws Exception {
    var made =
        ok(post("/api/v1/detention-reports")
                .with(freshAddress())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    detentionReport(
                        facility,
                        localAgo(Duration.ofMinutes(20), facility),
                        "Access matrix " + tag)))
            .getResponse()
            .getContentAsString();
    return JsonPath.read(made, "$.code");
  }

  private void fieldRegistrations() throws Exception {
    var enrolled =
        ok(post("/field/device-keys")
                .with(as("officer"))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"publicKey\":\"%s\",\"label\":\"Matrix phone\"}"
                        .formatted(phone.publicKey())))
            .getResponse()
            .getContentAsString();
    fieldKey = JsonPath.read(enrolled, "$.deviceKeyId");
    ok(
        post("/admin/device-keys/" + fieldKey + "/approve")
            .with(as("admin"))
            .with(
                org.springframework.security.test.web.servlet.request
                    .SecurityMockMvcRequestPostProcessors.csrf()));
    fieldAst = captured("kz-ast-tdf1");
    fieldAlm = captured("kz-alm-tdf1");
  }

  /** A signed capture of an apprehension twenty minutes ago, brought to the facility. */
  String capture(String facility) {
    var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return phone.body(
        org.habeas.field.FieldSigning.Fields.of(
            "Matrix Captured " + tag,
            facility,
            now.minus(Duration.ofMinutes(1)).toString(),
            now.minus(Duration.ofMinutes(20)).toString()));
  }

  private String captured(String facility) throws Exception {
    var made =
        ok(post("/api/v1/field-registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .content(capture(facility)))
            .getResponse()
            .getContentAsString();
    return JsonPath.read(made, "$.id");
  }

  String fieldRegistration(String object) {
    return switch (object) {
      case "own" -> fieldAst;
      case "foreign" -> fieldAlm;
      default -> NOWHERE;
    };
  }

  String report(String object) {
    return switch (object) {
      case "own" -> reportAst;
      case "foreign" -> reportAlm;
      default -> NOWHERE;
    };
  }

  private void alerts() {
    alertAst = alert(recordAst, "kz-ast-tdf1", "ast");
    alertAlm = alert(recordAlm, "kz-alm-tdf1", "alm");
  }

  /** An alert as the sweep raises it (the sweep itself would mail every due record of the run). */
  private String alert(String record, String facility, String region) {
    var now = Timestamp.from(clock.instant());
    var key = "matrix:" + record;
    jdbc.sql(
            "insert into alert (dedup_key, record_id, pseudonym, rule_id, kind, title_en,"
                + " title_ru, title_kk, basis, started_at, due_at, facility_id, region_code,"
                + " zone, raised_at, status) values (?, ?, ?, 'kz.court-48h', 'BREACHED',"
                + " 'Court within 48 hours', 'Суд в течение 48 часов', 'Сот 48 сағат ішінде',"
                + " 'CPC art. 131', ?, ?, ?, ?, 'Asia/Almaty', ?, 'OPEN')")
        .params(key, record, "D-" + record.substring(0, 6), now, now, facility, region, now)
        .update();
    long id =
        jdbc.sql("select id from alert where dedup_key = ?").param(key).query(Long.class).single();
    jdbc.sql("insert into alert_event (alert_id, status, by_user, note, at) values (?, ?, ?, ?, ?)")
        .params(id, "OPEN", null, null, now)
        .update();
    return String.valueOf(id);
  }

  private void training() throws Exception {
    run = one("select id from training_run order by code");
    course = one("select course_id from training_run where id = ?", run);
    staff = one("select id from training_staff order by personnel_number");
    staffToEnrol =
        one(
            "select personnel_number from training_staff s where not exists (select 1 from"
                + " training_enrolment e where e.run_id = ? and e.staff_id = s.id)"
                + " order by personnel_number",
            run);
    staffCompleted =
        jdbc
            .sql("select staff_id from training_completion where run_id = ? order by staff_id")
            .param(run)
            .query(String.class)
            .list()
            .stream()
            .findFirst()
            .orElse(staff);
    jointEvent = one("select id from training_joint_event order by held_on");
    certificate = one("select code from training_certificate order by issued_on desc, code");
    printedCertificate = org.habeas.training.VerificationCodes.printed(certificate);
    var csv =
        "\"First name\",\"Surname\",\"ID number\",\"Email address\",\"Course complete\","
            + "\"Completion date\",\"Grade\"\nMatrix,Person,X-"
            + tag
            + ",,Completed,2026-11-02,91\n";
    var location =
        ok(multipart("/training/runs/" + run + "/import")
                .file(
                    new MockMultipartFile(
                        "file", "completion.csv", "text/csv", csv.getBytes(UTF_8)))
                .with(as("trainer"))
                .with(csrf()))
            .getResponse()
            .getRedirectedUrl();
    upload = String.valueOf(location).substring("/training/imports/".length());
  }

  private static final java.nio.charset.Charset UTF_8 = java.nio.charset.StandardCharsets.UTF_8;

  private void publicData() throws Exception {
    dataset =
        JsonPath.read(
            ok(get("/api/v1/open-data")).getResponse().getContentAsString(), "$.datasets[0].name");
    var checkpoint = ok(get("/ledger/checkpoint")).getResponse().getContentAsString();
    long size = Long.parseLong(checkpoint.lines().skip(1).findFirst().orElse("0").strip());
    tile = size >= 256 ? "/0/000" : "/0/000.p/" + Math.max(1, size);
  }

  /** Today in the run's clock, for forms that take a date. */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
