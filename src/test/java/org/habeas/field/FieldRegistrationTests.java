package org.habeas.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Field registration, whole: a phone's key enrolled by the officer and approved by an
 * administrator; a signed capture received (201), sent again (200, the same answer), changed under
 * the same capture id (409), signed badly or by a pending or revoked key (403); seen by the
 * destination facility's officer, the region's prosecutor and the monitors, not by another
 * facility's officer nor anonymously; the record opened from it at the capture's apprehension time,
 * with the panel on the record page; and, with no arrival within the kz limit (3 h), one urgent
 * alert however many sweeps run.
 */
@IntegrationTest
class FieldRegistrationTests {

  private static final String PASSWORD = "habeas-demo";
  private static final String FACILITY = "kz-ast-tdf1";
  private static final Actor ADMIN =
      new Actor("admin", "Administrator", Role.ADMIN, null, null, "en");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired DeviceKeys keys;
  @Autowired NoArrivalSweep sweep;

  private final FieldSigning phone = new FieldSigning();
  private final String person = "Тест Далалық " + UUID.randomUUID().toString().substring(0, 8);

  // --- fixtures ------------------------------------------------------------------------------

  private String enrol(FieldSigning device, String as) throws Exception {
    var body =
        mvc.perform(
                post("/field/device-keys")
                    .with(user(as).password(PASSWORD))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"publicKey\":\"%s\",\"label\":\"Patrol phone 3\"}"
                            .formatted(device.publicKey())))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("pending"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.deviceKeyId");
  }

  private String approved(FieldSigning device) throws Exception {
    var id = enrol(device, "officer");
    keys.approve(ADMIN, id);
    return id;
  }

  private FieldSigning.Fields capture(Duration apprehendedAgo) {
    var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return FieldSigning.Fields.of(
        person,
        FACILITY,
        now.minus(Duration.ofMinutes(1)).toString(),
        now.minus(apprehendedAgo).toString());
  }

  private org.springframework.test.web.servlet.ResultActions send(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/field-registrations")
            .contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "en")
            .content(body));
  }

  private String registered(FieldSigning.Fields f) throws Exception {
    var body =
        send(phone.body(f))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private long alertsOf(String id) {
    return jdbc.sql("select count(*) from alert where record_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  // --- tests ---------------------------------------------------------------------------------

  @Test
  void aCaptureIsAcceptedOnceRepliedTheSameAndRefusedWhenChanged() throws Exception {
    approved(phone);
    var f = capture(Duration.ofMinutes(10));
    var body = phone.body(f);

    var first =
        send(body)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.gapSeconds").isNumber())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var again = send(body).andExpect(status().isOk()).andReturn().getResponse();

    assertThat(again.getContentAsString()).isEqualTo(first);
    long gap = ((Number) JsonPath.read(first, "$.gapSeconds")).longValue();
    assertThat(gap).isBetween(59L, 120L);
    var changed =
        new FieldSigning.Fields(
            f.captureId(),
            f.capturedAt(),
            f.apprehendedAt(),
            person + " другой",
            f.toFacilityId(),
            f.latitude(),
            f.longitude());
    send(phone.body(changed)).andExpect(status().isConflict());
    assertThat(
            jdbc.sql("select count(*) from field_registration where capture_id = ?")
                .param(f.captureId())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // Committed to the ledger like other events, with nothing personal in the leaf's payload.
    String id = JsonPath.read(first, "$.id");
    var payload =
        jdbc.sql("select payload from field_registration_event where stream_id = ? and seq = 1")
            .param(id)
            .query(String.class)
            .single();
    assertThat(payload).doesNotContain(person).doesNotContain("Kenesary").contains("captureDigest");
    assertThat(
            jdbc.sql("select count(*) from ledger_commitment where record_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aBadSignatureAPendingKeyAndARevokedKeyAreRefused() throws Exception {
    var id = enrol(phone, "officer");
    var f = capture(Duration.ofMinutes(10));

    send(phone.body(f))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("approval")));
    keys.approve(ADMIN, id);
    var other = new FieldSigning();
    send(phone.body(f, other.sign(phone.message(f))))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("does not verify")));
    keys.revoke(ADMIN, id);
    send(phone.body(f))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("revoked")));
    send(phone.body(capture(Duration.ofMinutes(1))).replace("\"unit\"", "\"unit\":\"x\",\"u\""))
        .andExpect(status().isBadRequest());
    assertThat(
            jdbc.sql("select count(*) from field_registration where device_key_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void enrolmentIsIdempotentAndAKeyIsSeenOnlyByItsOwner() throws Exception {
    var id = enrol(phone, "officer");

    mvc.perform(
            post("/field/device-keys")
                .with(user("officer").password(PASSWORD))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"publicKey\":\"%s\",\"label\":\"Patrol phone 3\"}"
                        .formatted(phone.publicKey())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deviceKeyId").value(id))
        .andExpect(jsonPath("$.status").value("pending"));
    mvc.perform(get("/field/device-keys/" + id).with(user("officer").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("pending"));
    mvc.perform(get("/field/device-keys/" + id).with(user("officer-alm").password(PASSWORD)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/field/device-keys")
                .with(user("doctor").password(PASSWORD))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"publicKey\":\"%s\",\"label\":\"x\"}".formatted(phone.publicKey())))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/device-keys").with(user("admin").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"key-" + id + "\"")));
    mvc.perform(
            post("/admin/device-keys/" + id + "/approve")
                .with(user("admin").password(PASSWORD))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/field/device-keys/" + id).with(user("officer").password(PASSWORD)))
        .andExpect(jsonPath("$.status").value("active"));
    mvc.perform(get("/admin/device-keys").with(user("officer").password(PASSWORD)))
        .andExpect(status().isForbidden());
  }

  @Test
  void theDestinationSeesItAnotherFacilityAndTheAnonymousDoNot() throws Exception {
    approved(phone);
    var id = registered(capture(Duration.ofMinutes(20)));

    mvc.perform(
            get("/api/v1/field-registrations?status=pending").with(httpBasic("officer", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(id)))
        .andExpect(content().string(containsString(person)));
    mvc.perform(get("/api/v1/field-registrations/" + id).with(httpBasic("prosecutor", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.signatureVerified").value(true))
        .andExpect(jsonPath("$.capture.place.latitude").value("51.128207"));
    mvc.perform(get("/api/v1/field-registrations/" + id).with(httpBasic("monitor", PASSWORD)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/field-registrations/" + id).with(httpBasic("officer-alm", PASSWORD)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/field-registrations?status=pending")
                .with(httpBasic("officer-alm", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(id))));
    mvc.perform(get("/api/v1/field-registrations").with(httpBasic("investigator", PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/field-registrations/" + id)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/field-registrations?status=pending"))
        .andExpect(status().isUnauthorized());
    assertThat(
            jdbc.sql(
                    "select count(*) from personal_data_read where record_id = ? and username ="
                        + " 'prosecutor'")
                .param(id)
                .query(Long.class)
                .single())
        .isPositive();
    mvc.perform(get("/field-registrations").with(user("officer").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(person)));
    mvc.perform(get("/field-registrations/" + id).with(user("officer-alm").password(PASSWORD)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/field-registrations/" + id + "/open")
                .with(user("officer-alm").password(PASSWORD))
                .with(csrf())
                .param("person.name", person)
                .param("person.birthDate", "1990-05-05")
                .param("grounds", "x"))
        .andExpect(status().isNotFound());
  }

  @Test
  void theRecordOpensFromTheRegistrationAtTheCapturedApprehension() throws Exception {
    approved(phone);
    var f = capture(Duration.ofMinutes(40));
    var id = registered(f);

    mvc.perform(
            get("/field-registrations/" + id + "/open").with(user("officer").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + person + "\"")))
        .andExpect(content().string(containsString("Caught in the act")));
    // An error keeps what was typed.
    mvc.perform(
            post("/field-registrations/" + id + "/open")
                .with(user("officer").password(PASSWORD))
                .with(csrf())
                .param("person.name", person)
                .param("person.birthDate", "")
                .param("person.citizenship", "KZ")
                .param("grounds", "Caught in the act, typed again"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Caught in the act, typed again")))
        .andExpect(content().string(containsString("id=\"person.birthDate-error\"")));
    var redirect =
        mvc.perform(
                post("/field-registrations/" + id + "/open")
                    .with(user("officer").password(PASSWORD))
                    .with(csrf())
                    .param("person.name", person)
                    .param("person.birthDate", "1990-05-05")
                    .param("person.citizenship", "KZ")
                    .param("grounds", "Caught in the act"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/custody/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    var record = redirect.substring(redirect.lastIndexOf('/') + 1);

    var first =
        jdbc.sql(
                "select type, occurred_at from custody_event where record_id = ? order by seq"
                    + " limit 1")
            .param(record)
            .query((rs, i) -> rs.getString(1) + "@" + rs.getTimestamp(2).toInstant())
            .single();
    assertThat(first).isEqualTo("Apprehended@" + Instant.parse(f.apprehendedAt()));
    assertThat(
            jdbc.sql(
                    "select record_id from field_registration_event where stream_id = ? and type"
                        + " = 'field-registration.RecordOpened'")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(record);
    mvc.perform(get("/custody/" + record).with(user("officer").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"field-registration\"")))
        .andExpect(content().string(containsString("Registered in the field")));
    mvc.perform(get("/api/v1/field-registrations/" + id).with(httpBasic("officer", PASSWORD)))
        .andExpect(jsonPath("$.status").value("opened"))
        .andExpect(jsonPath("$.recordId").value(record));
    // Opened once only.
    mvc.perform(
            post("/field-registrations/" + id + "/open")
                .with(user("officer").password(PASSWORD))
                .with(csrf())
                .param("person.name", person)
                .param("person.birthDate", "1990-05-05")
                .param("grounds", "Caught in the act"))
        .andExpect(status().isConflict());
    sweep.sweep(clock.instant().plus(Duration.ofHours(5)));
    assertThat(alertsOf(id)).isZero();
  }

  @Test
  void noArrivalWithinTheLimitAlertsTheProsecutorAndMonitorsOnce() throws Exception {
    approved(phone);
    var id = registered(capture(Duration.ofMinutes(30)));
    var now = clock.instant();

    assertThat(sweep.sweep(now.plus(Duration.ofHours(2)))).isZero();
    assertThat(alertsOf(id)).isZero();
    sweep.sweep(now.plus(Duration.ofHours(3)));
    sweep.sweep(now.plus(Duration.ofHours(4)));

    assertThat(alertsOf(id)).isEqualTo(1);
    assertThat(
            jdbc.sql("select region_code from alert where record_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("ast");
    mvc.perform(get("/api/v1/field-registrations/" + id).with(httpBasic("monitor", PASSWORD)))
        .andExpect(jsonPath("$.status").value("alerted"));
  }
}
