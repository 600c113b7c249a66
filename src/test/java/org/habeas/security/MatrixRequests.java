package org.habeas.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * How each route is asked, by each role, about each kind of object: the path with its variables
 * filled in, and for writes a minimal valid body, so that a refusal is the access decision and not
 * a complaint about the input. Writes are replayed inside a transaction that is rolled back.
 *
 * <p>A route with no recipe here (a new write, say) fails the matrix test until one is added.
 */
final class MatrixRequests {

  private static final List<String> OWNED =
      List.of(
          "/api/v1/custody-records/{id}",
          "/custody/{id}",
          "/api/v1/complaints/{id}",
          "/api/v1/complaints/status/{reference}",
          "/complaints/{id}",
          "/monitoring/visits/{id}",
          "/monitoring/recommendations/{id}",
          "/api/v1/recommendations/{id}",
          "/monitoring/evidence/{evidenceId}",
          "/alerts/{id}",
          "/api/v1/alerts/{id}",
          "/statistics/report/{id}",
          "/detention-reports/{id}",
          "/api/v1/field-registrations/{id}",
          "/field-registrations/{id}");

  /** The append, whose array body (issue 17's batch) has rows of its own: the objects "*-batch". */
  static final String APPEND = "POST /api/v1/custody-records/{id}/events";

  private static final String BATCH = "-batch";

  private final MatrixObjects o;

  MatrixRequests(MatrixObjects o) {
    this.o = o;
  }

  /**
   * The kinds of object a route is asked about: own, foreign and unrelated where objects belong to
   * someone (with the Istanbul side of the case file as a fourth), any existing one and an
   * unrelated one where they belong to no one (courses, profiles, data sets), "-" where there is
   * none.
   */
  static List<String> objects(String route) {
    if (route.equals(APPEND)) {
      // The append takes one event or an array of them (a paper register): both forms are asked.
      return List.of(
          "own", "foreign", "unrelated", "own-batch", "foreign-batch", "unrelated-batch");
    }
    var path = path(route);
    if (!path.contains("{")) {
      return List.of("-");
    }
    if (path.startsWith("/ledger/witness/")) {
      return List.of("unrelated");
    }
    if (path.contains("{section}") && path.contains("complaints/")) {
      return List.of("own", "foreign", "unrelated", "own-istanbul");
    }
    if (OWNED.stream().anyMatch(path::startsWith)) {
      return List.of("own", "foreign", "unrelated");
    }
    return List.of("any", "unrelated");
  }

  static String path(String route) {
    return route.substring(route.indexOf(' ') + 1);
  }

  static String method(String route) {
    return route.substring(0, route.indexOf(' '));
  }

  /** The request, without its sign-in (the caller adds the role's). */
  AbstractMockHttpServletRequestBuilder<?> request(String route, String role, String object) {
    var path = fill(path(route), role, object);
    var r =
        method(route).equals("GET")
            ? read(route, path, object)
            : write(route, path, role, object).with(csrf());
    return r.header("Accept-Language", "en");
  }

  // --- paths ---------------------------------------------------------------------------------

  private String fill(String pattern, String role, String object) {
    var v = new LinkedHashMap<String, String>();
    boolean istanbul = object.equals("own-istanbul");
    boolean unrelated = object.equals("unrelated");
    if (pattern.startsWith("/api/v1/custody-records/") || pattern.startsWith("/custody/")) {
      v.put("id", o.record(role, object.replace(BATCH, "")));
      v.put("seq", "1");
      v.put("sha", "0".repeat(64));
    } else if (pattern.startsWith("/api/v1/complaints/status/")) {
      v.put("reference", unrelated ? "HB-0000-0000" : o.publicReference);
    } else if (pattern.startsWith("/api/v1/complaints/") || pattern.startsWith("/complaints/")) {
      var complaint = o.complaint(role, object);
      v.put("id", complaint);
      v.put("doc", o.document(complaint));
      v.put("section", istanbul ? "istanbul" : "case-file");
      v.put("kind", istanbul ? "findings" : "acts");
      v.put("item", o.item(complaint, istanbul));
    } else if (pattern.startsWith("/monitoring/visits/")) {
      v.put("id", o.visit(object));
      v.put("section", "register");
      v.put("item", "register.kept");
      v.put("cameraId", o.camera);
      v.put("interviewId", o.interview);
    } else if (pattern.startsWith("/monitoring/recommendations/")
        || pattern.startsWith("/api/v1/recommendations/")) {
      v.put("id", o.recommendation(object));
      v.put("progressId", o.progress);
    } else if (pattern.startsWith("/monitoring/evidence/")) {
      v.put("evidenceId", o.evidence(role, object));
    } else if (pattern.startsWith("/alerts/") || pattern.startsWith("/api/v1/alerts/")) {
      v.put("id", o.alert(object));
    } else if (pattern.startsWith("/detention-reports/")) {
      v.put("id", o.report(object));
    } else if (pattern.startsWith("/api/v1/field-registrations/")
        || pattern.startsWith("/field-registrations/")) {
      v.put("id", o.fieldRegistration(object));
    } else if (pattern.startsWith("/field/device-keys/")
        || pattern.startsWith("/admin/device-keys/")) {
      v.put("id", unrelated ? "00000000deadbeef" : o.fieldKey);
    } else if (pattern.startsWith("/statistics/report/")) {
      v.put("id", o.job(role, object));
    } else if (pattern.startsWith("/training/runs/")) {
      v.put("id", unrelated ? MatrixObjects.NOWHERE : o.run);
    } else if (pattern.startsWith("/training/staff/")) {
      v.put("id", unrelated ? MatrixObjects.NOWHERE : o.staff);
    } else if (pattern.startsWith("/training/events/")) {
      v.put("id", unrelated ? MatrixObjects.NOWHERE : o.jointEvent);
    } else if (pattern.startsWith("/training/imports/")) {
      v.put("upload", unrelated ? MatrixObjects.NOWHERE : o.upload);
    } else if (pattern.startsWith("/training/certificates/")) {
      v.put("code", unrelated ? "ZZZZZZZZZZZZ" : o.certificate);
    } else if (pattern.startsWith("/api/v1/certificates/")) {
      v.put("code", unrelated ? "ZZZZ-ZZZZ-ZZZZ" : o.printedCertificate);
    } else if (pattern.contains("/safeguards/profiles/")) {
      v.put("id", unrelated ? "xx-none" : "kz");
      v.put("version", "1");
    } else if (pattern.startsWith("/api/v1/open-data/")) {
      v.put("dataset", unrelated ? "no-such-set" : o.dataset);
    } else if (pattern.startsWith("/ledger/tile/")) {
      v.put("*path", unrelated ? "/5/000" : o.tile);
    } else if (pattern.startsWith("/ledger/witness/")) {
      v.put("originHash", "0".repeat(64));
    } else if (pattern.startsWith("/admin/users/")) {
      v.put("username", unrelated ? "no-such-user" : "monitor-2");
    } else if (pattern.startsWith("/admin/facilities/")) {
      v.put("id", unrelated ? MatrixObjects.NOWHERE : "kz-akt-pd1");
    } else if (pattern.startsWith("/api/v1/facilities/")) {
      v.put("id", unrelated ? MatrixObjects.NOWHERE : "kz-ast-tdf1");
    } else if (pattern.startsWith("/admin/regions/")) {
      v.put("code", unrelated ? "nowhere" : "akt");
    } else if (pattern.startsWith("/api/v1/detention-lookup/facilities/")) {
      v.put("facilityId", unrelated ? MatrixObjects.NOWHERE : "kz-ast-tdf1");
    } else if (pattern.startsWith("/actuator/health/")) {
      v.put("*path", unrelated ? "/no-such-group" : "/liveness");
    }
    var path = pattern;
    for (var e : v.entrySet()) {
      path =
          e.getKey().startsWith("*")
              ? path.replace("/{" + e.getKey() + "}", e.getValue())
              : path.replace("{" + e.getKey() + "}", e.getValue());
    }
    if (path.contains("{")) {
      throw new IllegalStateException("no value for a variable of " + pattern);
    }
    return path;
  }

  // --- reads ---------------------------------------------------------------------------------

  private AbstractMockHttpServletRequestBuilder<?> read(String route, String path, String object) {
    var r = get(path);
    return switch (route) {
      case "GET /custody/{id}/form" -> r.param("form", "CellVisited");
      case "GET /ledger/proof/inclusion" -> r.param("index", "0").param("size", "1");
      case "GET /ledger/proof/consistency" -> r.param("from", "1").param("to", "1");
      // A well-formed copy's receipt whose leaf is not the log's: the check answers, telling
      // nothing.
      case "GET /ledger/receipt" ->
          r.param("r", o.record("officer", "own"))
              .param("s", "1")
              .param("i", "0")
              .param("h", "A".repeat(43))
              .param("n", "1")
              .param("t", "1");
      case "GET /training/certificates/verify" -> r.param("code", o.printedCertificate);
      case "GET /language" -> r.param("back", "/ledger").param("lang", "ru");
      case "GET /api/v1/detention-lookup" ->
          r.param("name", "Matrix Nobody").param("birthDate", "1990-04-01").with(o.freshAddress());
      case "GET /api/v1/complaints/status/{reference}" ->
          r.header("Complaint-Secret", object.equals("own") ? o.publicSecret : "wrong-secret");
      default -> r;
    };
  }

  // --- writes --------------------------------------------------------------------------------

  private AbstractMockHttpServletRequestBuilder<?> write(
      String route, String path, String role, String object) {
    var today = o.today();
    return switch (route) {
      // custody
      case "POST /api/v1/custody-records" ->
          json(
              path,
              MatrixObjects.apprehended(
                  MatrixObjects.facilityOf(role), o.ago(Duration.ofMinutes(10))));
      case APPEND ->
          json(
              path,
              object.endsWith(BATCH)
                  ? batchJson(role, object.replace(BATCH, ""))
                  : eventJson(role, object));
      case "POST /api/v1/custody-records/{id}/erasure" ->
          json(path, "{\"reason\":\"Retention period over (access matrix)\"}");
      case "POST /custody" -> form(path, apprehendedForm(role));
      case "POST /custody/{id}/events" -> form(path, eventForm(role, object));
      case "POST /custody/{id}/reveal" -> post(path).param("reason", "visit, case 12");
      // administration (issue 15): the bodies leave what they touch as it was
      case "POST /admin/users" ->
          post(path)
              .param("username", "matrix-" + o.tag.toLowerCase(java.util.Locale.ROOT))
              .param("displayName", "Matrix User")
              .param("role", "MONITOR")
              .param("language", "en");
      case "POST /admin/users/{username}" ->
          post(path)
              .param("displayName", "Second Monitor")
              .param("role", "MONITOR")
              .param("language", "en");
      case "POST /admin/users/{username}/enabled" -> post(path).param("enabled", "true");
      case "POST /admin/users/{username}/password" -> post(path).param("password", "habeas-demo");
      case "POST /admin/facilities", "POST /admin/facilities/{id}" ->
          post(path)
              .param("id", "kz-matrix-" + o.tag.toLowerCase(java.util.Locale.ROOT))
              .param("kind", "police-department")
              .param("regionCode", "akt")
              .param("nameEn", "Aktobe City Police Department")
              .param("nameRu", "Управление полиции города Актобе")
              .param("nameKk", "Ақтөбе қаласының полиция басқармасы")
              .param("zone", "Asia/Aqtobe")
              .param("jurisdiction", "kz");
      case "POST /admin/facilities/{id}/cameras" ->
          post(path)
              .param("roomKind", org.habeas.monitoring.Camera.ROOMS.getFirst())
              .param("label", "Access matrix " + o.tag)
              .param("status", "working")
              .param("retentionDays", "30");
      case "POST /admin/regions", "POST /admin/regions/{code}" ->
          post(path)
              .param("code", "mx" + o.tag.toLowerCase(java.util.Locale.ROOT))
              .param("nameEn", "Aktobe Region")
              .param("nameRu", "Актюбинская область")
              .param("nameKk", "Ақтөбе облысы")
              .param("zone", "Asia/Aqtobe");
      case "POST /custody/{id}/injury" ->
          multipart(path)
              .param("occurredAt", o.localAgo(Duration.ofMinutes(1), "kz"))
              .param("region", "FACE")
              .param("kind.FACE", "BRUISE");
      // complaints
      case "POST /api/v1/complaints" ->
          json(path, MatrixObjects.intake("Access matrix " + o.tag)).with(o.freshAddress());
      case "POST /complaints/new" -> form(path, intakeForm()).with(o.freshAddress());
      case "POST /complaints/status" ->
          post(path)
              .param("reference", o.publicReference)
              .param("secret", o.publicSecret)
              .with(o.freshAddress());
      case "POST /api/v1/detention-reports" ->
          json(
                  path,
                  MatrixObjects.detentionReport(
                      "kz-ast-tdf1",
                      o.localAgo(Duration.ofMinutes(30), "kz-ast-tdf1"),
                      "Access matrix"))
              .with(o.freshAddress());
      case "POST /api/v1/detention-reports/status" ->
          json(path, "{\"code\":\"" + o.reportCode + "\"}").with(o.freshAddress());
      case "POST /detention-reports/new" ->
          post(path)
              .param("personName", "Matrix Reported " + o.tag)
              .param("birthDate", "1990-04-01")
              .param("facilityId", "kz-ast-tdf1")
              .param("since", o.localAgo(Duration.ofMinutes(30), "kz-ast-tdf1"))
              .param("account", "Access matrix")
              .param("reporterRelation", "RELATIVE")
              .with(o.freshAddress());
      // field registrations (issue 19): a fresh phone's key; a fresh signed capture
      case "POST /field/device-keys" ->
          json(
              path,
              "{\"publicKey\":\"%s\",\"label\":\"Matrix phone\"}"
                  .formatted(new org.habeas.field.FieldSigning().publicKey()));
      case "POST /api/v1/field-registrations" -> json(path, o.capture("kz-ast-tdf1"));
      case "POST /admin/device-keys/{id}/approve", "POST /admin/device-keys/{id}/revoke" ->
          post(path);
      case "POST /field-registrations/{id}/open" ->
          post(path)
              .param("person.name", "Matrix Captured " + o.tag)
              .param("person.birthDate", "1990-05-05")
              .param("person.citizenship", "KZ")
              .param("grounds", "Caught in the act");
      case "POST /detention-reports/status" ->
          post(path).param("code", o.reportCode).with(o.freshAddress());
      case "POST /api/v1/detention-lookup/facilities/{facilityId}/contact" ->
          json(path, "{\"address\":\"Matrix street 1\",\"phone\":\"+7 700 000 0000\"}");
      case "POST /lookup" ->
          post(path)
              .param("name", "Matrix Nobody")
              .param("birthDate", "1990-04-01")
              .with(o.freshAddress());
      case "POST /complaints/intake" -> form(path, intakeForm());
      case "POST /api/v1/complaints/{id}/entries" ->
          json(path, "{\"type\":\"Triaged\",\"category\":\"ILL_TREATMENT\",\"note\":\"matrix\"}");
      case "POST /complaints/{id}/reveal" -> post(path).param("reason", "case 12");
      case "POST /complaints/{id}/triage" -> post(path).param("category", "ILL_TREATMENT");
      case "POST /complaints/{id}/assign" -> post(path).param("assignee", "monitor");
      case "POST /complaints/{id}/status" ->
          post(path).param("status", "INVESTIGATION_OPENED").param("note", "matrix");
      case "POST /complaints/{id}/documents" ->
          multipart(path)
              .file(
                  new MockMultipartFile(
                      "attachments", "photo.png", "image/png", MatrixObjects.png()));
      case "POST /api/v1/complaints/{id}/{section}/{kind}" -> json(path, item(object, null));
      case "POST /api/v1/complaints/{id}/{section}/{kind}/{item}/corrections" ->
          json(path, item(object, "typed wrongly"));
      case "POST /api/v1/complaints/{id}/{section}/{kind}/{item}/withdrawal" ->
          json(path, "{\"reason\":\"entered twice\"}");
      case "POST /complaints/{id}/{section}/{kind}" -> form(path, itemForm(object, null));
      case "POST /complaints/{id}/{section}/{kind}/{item}/corrections" ->
          form(path, itemForm(object, "typed wrongly"));
      case "POST /complaints/{id}/{section}/{kind}/{item}/withdrawal" ->
          post(path).param("reason", "entered twice");
      // monitoring
      case "POST /api/v1/recommendations" ->
          json(path, MatrixObjects.recommendationJson("justice", today));
      case "POST /api/v1/recommendations/import" ->
          json(path, "[" + MatrixObjects.recommendationJson("justice", today) + "]");
      case "POST /api/v1/recommendations/{id}/status" ->
          json(path, "{\"status\":\"IMPLEMENTED\",\"note\":\"matrix\"}");
      case "POST /monitoring/recommendations" ->
          post(path)
              .param("source", "commission")
              .param("agency", "justice")
              .param("theme", "registration")
              .param("textEn", "Keep the register complete")
              .param("issuedOn", today.toString())
              .param("deadline", today.plusDays(60).toString());
      case "POST /monitoring/recommendations/{id}/status" ->
          post(path).param("status", "IMPLEMENTED").param("note", "matrix");
      case "POST /monitoring/recommendations/{id}/progress" ->
          post(path)
              .param("actionsTaken", "Cameras ordered")
              .param("proposedStatus", "IN_PROGRESS");
      case "POST /monitoring/recommendations/{id}/progress/{progressId}/review" ->
          post(path).param("accepted", "true").param("note", "matrix");
      case "POST /monitoring/recommendations/{id}/verify" ->
          post(path)
              .param("visitId", o.visitOwn)
              .param("verdict", "PARTIALLY_IMPLEMENTED")
              .param("note", "matrix");
      case "POST /monitoring/recommendations/import/preview",
          "POST /monitoring/recommendations/import" ->
          post(path)
              .param(
                  "content",
                  "source,agency,theme,textEn,issuedOn\ncpt,justice,safeguards,Matrix row,"
                      + today
                      + "\n");
      case "POST /monitoring/focal-points" ->
          post(path).param("username", "focal-point").param("agency", "interior");
      case "POST /monitoring/visits" ->
          post(path)
              .param("facilityId", "kz-ast-tdf1")
              .param("date", today.toString())
              .param("announced", "false")
              .param("made", "true")
              .param("purpose", "matrix");
      case "POST /monitoring/visits/{id}/sample" ->
          post(path)
              .param("n", "1")
              .param("from", today.minusDays(30).toString())
              .param("to", today.toString());
      case "POST /monitoring/visits/{id}/checklist/{section}" ->
          post(path).param("answer.register.kept", "YES");
      case "POST /monitoring/visits/{id}/answer/{item}" -> post(path).param("answer", "YES");
      case "POST /monitoring/visits/{id}/findings" ->
          post(path).param("text", "Matrix finding").param("severity", "low");
      case "POST /monitoring/visits/{id}/cameras" ->
          post(path)
              .param("roomKind", "corridor")
              .param("label", "Matrix camera")
              .param("status", "working")
              .param("retentionDays", "30");
      case "POST /monitoring/visits/{id}/cameras/{cameraId}" ->
          post(path).param("status", "working").param("retentionDays", "30").param("note", "ok");
      case "POST /monitoring/visits/{id}/interviews" -> post(path).param("notes", "Matrix notes");
      case "POST /monitoring/visits/{id}/interviews/{interviewId}/complaint" ->
          post(path).param("allegation", "Beaten at night (access matrix)");
      // training
      case "POST /training/runs" ->
          post(path)
              .param("courseId", o.course)
              .param("code", "MATRIX-" + o.tag)
              .param("startsOn", "2026-11-01")
              .param("endsOn", "2026-11-30")
              .param("language", "ru");
      case "POST /training/courses" ->
          post(path)
              .param("code", "MATRIX-" + o.tag)
              .param("titleEn", "Matrix course")
              .param("titleRu", "Курс")
              .param("titleKk", "Курс")
              .param("provider", "HELP")
              .param("subject", "ill-treatment")
              .param("format", "tutored")
              .param("languages", "ru")
              .param("durationHours", "10");
      case "POST /training/tutors" ->
          post(path).param("fullName", "Matrix Tutor").param("certifiedOn", "2024-06-01");
      case "POST /training/runs/{id}/participants" ->
          post(path).param("personnelNumber", o.staffToEnrol);
      case "POST /training/runs/{id}/certificates" ->
          post(path).param("staffId", o.staffCompleted).param("kind", "ATTENDANCE");
      case "POST /training/staff" ->
          post(path)
              .param("personnelNumber", "MATRIX-" + o.tag)
              .param("fullName", "Matrix Staff")
              .param("position", "custody-staff")
              .param("facilityId", "kz-ast-tdf1");
      case "POST /training/events" ->
          post(path)
              .param("kind", "workshop")
              .param("title", "Matrix workshop")
              .param("partners", "supreme-court")
              .param("heldOn", "2026-10-15");
      case "POST /training/runs/{id}/import" ->
          multipart(path)
              .file(
                  new MockMultipartFile(
                      "file",
                      "completion.csv",
                      "text/csv",
                      ("\"First name\",\"Surname\",\"ID number\",\"Email address\","
                              + "\"Course complete\",\"Completion date\",\"Grade\"\n"
                              + "Matrix,Person,X-1,,Completed,2026-11-02,91\n")
                          .getBytes(StandardCharsets.UTF_8)));
      case "POST /training/imports/{upload}" -> post(path).param("line", "2");
      // statistics, alerts, safeguards, system, ledger
      case "POST /statistics/report" ->
          post(path).param("year", String.valueOf(today.getYear())).param("language", "en");
      case "POST /statistics/rebuild" -> post(path);
      case "POST /alerts/acknowledge" ->
          post(path).param("ids", o.alertAst).param("note", "prosecutor informed");
      case "POST /api/v1/alerts/acknowledge" ->
          json(path, "{\"ids\":[" + o.alertAst + "],\"note\":\"prosecutor informed\"}");
      case "POST /alerts/{id}/acknowledge", "POST /alerts/{id}/resolve" ->
          post(path).param("note", "prosecutor informed");
      case "POST /api/v1/alerts/{id}/acknowledge", "POST /api/v1/alerts/{id}/resolve" ->
          json(path, "{\"note\":\"prosecutor informed\"}");
      case "POST /safeguards/profiles/{id}" ->
          post(path).param("document", "id: kz\nrules: [unterminated");
      case "POST /api/v1/safeguards/profiles/{id}" ->
          post(path).contentType(MediaType.TEXT_PLAIN).content("id: kz\nrules: [unterminated");
      case "POST /account/tokens" -> post(path).param("name", "matrix");
      case "POST /account/tokens/revoke" -> post(path).param("id", MatrixObjects.NOWHERE);
      case "POST /ledger/witness/add-checkpoint" ->
          post(path).contentType(MediaType.TEXT_PLAIN).content("old 0\nnot a checkpoint\n");
      default -> throw new IllegalStateException("no request recipe for " + route);
    };
  }

  private static AbstractMockHttpServletRequestBuilder<?> json(String path, String body) {
    return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private static AbstractMockHttpServletRequestBuilder<?> form(
      String path, Map<String, String> params) {
    var r = post(path);
    params.forEach(r::param);
    return r;
  }

  // --- bodies --------------------------------------------------------------------------------

  /**
   * The event a role would record on its own record. On a foreign record an officer tries the
   * takeover of finding 1 (ArrivedAtFacility naming their own facility), an investigator a
   * questioning that names himself.
   */
  private Map<String, String> event(String role, String object) {
    var e = new LinkedHashMap<String, String>();
    switch (role) {
      case "officer", "officer-ew", "officer-alm", "officer-kar" -> {
        if (object.equals("foreign")) {
          e.put("type", "ArrivedAtFacility");
          e.put("facilityId", MatrixObjects.facilityOf(role));
        } else {
          e.put("type", "CellVisited");
          e.put("by", "Sgt. Matrix");
        }
      }
      case "investigator" -> {
        e.put("type", "InterrogationStarted");
        e.put("interrogator", "investigator");
        e.put("lawyerPresent", "false");
      }
      case "doctor" -> {
        e.put("type", "MedicalExaminationCompleted");
        e.put("doctor", "Dr. Matrix");
        e.put("injuriesFound", "false");
      }
      case "prosecutor" -> {
        e.put("type", "DetentionReviewed");
        e.put("reviewer", "Prosecutor Omarov");
        e.put("rank", "prosecutor");
        e.put("outcome", "detention continues");
      }
      case "lawyer", "monitor" -> {
        e.put("type", "AllegationMade");
        e.put("against", "duty officers");
        e.put("description", "Threatened (access matrix)");
      }
      default -> {
        e.put("type", "CellVisited");
        e.put("by", "Sgt. Matrix");
      }
    }
    return e;
  }

  private String eventJson(String role, String object) {
    var e = event(role, object);
    var sb = new StringBuilder("{\"occurredAt\":\"" + o.ago(Duration.ofMinutes(1)) + "\"");
    e.forEach(
        (k, v) ->
            sb.append(",\"")
                .append(k)
                .append("\":")
                .append(v.equals("true") || v.equals("false") ? v : "\"" + v + "\""));
    return sb.append('}').toString();
  }

  /**
   * A batch of two: the role's event, then the same again (for the investigator, the end of the
   * questioning it started), so that the second is judged on the record as the first left it.
   */
  private String batchJson(String role, String object) {
    var first = eventJson(role, object);
    var second =
        role.equals("investigator")
            ? "{\"type\":\"InterrogationEnded\",\"occurredAt\":\""
                + o.ago(Duration.ofSeconds(30))
                + "\"}"
            : first;
    return "[" + first + "," + second + "]";
  }

  private Map<String, String> eventForm(String role, String object) {
    var e = event(role, object);
    var record = o.record(role, object);
    var zoneOf = record.equals(o.recordEw) ? "ew" : "kz";
    e.put("occurredAt", o.localAgo(Duration.ofMinutes(1), zoneOf));
    e.put("lastSeq", "");
    return e;
  }

  private Map<String, String> apprehendedForm(String role) {
    var facility = MatrixObjects.facilityOf(role);
    var f = new LinkedHashMap<String, String>();
    f.put("facilityId", facility);
    f.put("occurredAt", o.localAgo(Duration.ofMinutes(10), facility));
    f.put("person.name", "Matrix Person");
    f.put("person.birthDate", "1990-04-01");
    f.put("grounds", "caught in the act");
    f.put("jurisdiction", facility.startsWith("ew") ? "ew" : "kz");
    return f;
  }

  private static Map<String, String> intakeForm() {
    return Map.of(
        "complainantRole", "RELATIVE",
        "contactPreference", "NONE",
        "narrative", "Beaten at night (access matrix)",
        "facilityId", "kz-ast-tdf1",
        "stillHeld", "false");
  }

  private String item(String object, @org.jspecify.annotations.Nullable String reason) {
    var body = object.equals("own-istanbul") ? MatrixObjects.finding(o.examination) : act();
    return reason == null ? body : body.replaceFirst("\\{", "{\"reason\":\"" + reason + "\",");
  }

  private static String act() {
    return MatrixObjects.act();
  }

  private Map<String, String> itemForm(
      String object, @org.jspecify.annotations.Nullable String reason) {
    var f = new LinkedHashMap<String, String>();
    if (object.equals("own-istanbul")) {
      f.put("examination", o.examination);
      f.put("findingKind", "PHYSICAL");
      f.put("summary", "Bruises");
      f.put("description", "Bruises consistent with the account");
    } else {
      f.put("actType", "BEATING");
      f.put("occurredOn", "2026-11-20");
      f.put("place", "Interview room 3");
    }
    if (reason != null) {
      f.put("reason", reason);
    }
    return f;
  }
}
