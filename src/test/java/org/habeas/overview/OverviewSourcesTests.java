package org.habeas.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.habeas.IntegrationTest;
import org.habeas.custody.CustodyRecords;
import org.habeas.detentionreports.DetentionReports;
import org.habeas.field.DeviceKeys;
import org.habeas.field.FieldRegistrations;
import org.habeas.field.FieldSigning;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.habeas.system.ScopedClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Several sources, one truth, on the monitor's overview: a relative's report that no custody record
 * acknowledges is listed, and a record opened five hours after the report is listed with that
 * delay; neither names the person. Each test reports a person of its own.
 */
@IntegrationTest
class OverviewSourcesTests {

  private static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");
  private static final String FACILITY = "kz-ast-tdf1";
  private static final String BORN = "1991-07-07";
  private static final Actor ADMIN =
      new Actor("admin", "Administrator", Role.ADMIN, null, null, "en");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ScopedClock clock;
  @Autowired DeviceKeys keys;

  private final String person = "Сауле Көзтаныс " + letters(UUID.randomUUID());

  @Test
  void aReportWithoutARecordIsListedWithoutTheName() throws Exception {
    var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    var report = at(now.minus(Duration.ofHours(2)), () -> reported(now.minus(Duration.ofHours(3))));

    var page = overview("en");

    assertThat(page)
        .contains("Known from another source but without a custody record")
        .containsPattern(
            "<tr id=\"unrecorded-\\d+\" data-reference=\""
                + DetentionReports.pseudonym(report)
                + "\"")
        .contains("href=\"/detention-reports/" + report + "\"")
        .doesNotContain(person);
    assertThat(overview("kk")).contains("Басқа дереккөзден белгілі, бірақ ұстау хаттамасы жоқ");
    assertThat(overview("ru"))
        .contains("Известно из другого источника, но протокола задержания нет");
  }

  @Test
  void aRecordOpenedFiveHoursAfterTheReportShowsTheDelay() throws Exception {
    var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    var report = at(now.minus(Duration.ofHours(5)), () -> reported(now.minus(Duration.ofHours(6))));
    var record = at(now, () -> recordOpened(now.minus(Duration.ofHours(6))));

    var page = overview("en");

    var row =
        "<tr id=\"late-"
            + CustodyRecords.pseudonym(record)
            + "\" data-delay-seconds=\""
            + Duration.ofHours(5).toSeconds()
            + "\"";
    assertThat(page)
        .contains(row)
        .contains("href=\"/custody/" + record + "\"")
        .doesNotContain(person);
    var line = page.substring(page.indexOf(row), page.indexOf("</tr>", page.indexOf(row)));
    assertThat(line).contains(DetentionReports.pseudonym(report), ">5 h<");
    assertThat(page)
        .doesNotContainPattern("data-reference=\"" + DetentionReports.pseudonym(report) + "\"");
  }

  @Test
  void aFieldCaptureAndAReportOfOnePersonAreOneDetentionUntilTheRecordOpensLateAfterTheCapture()
      throws Exception {
    var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    var phone = new FieldSigning();
    keys.approve(ADMIN, enrolled(phone));
    var capture =
        at(
            now.minus(Duration.ofHours(3)),
            () ->
                captured(
                    phone,
                    FieldSigning.Fields.of(
                        person,
                        FACILITY,
                        now.minus(Duration.ofHours(3)).toString(),
                        now.minus(Duration.ofHours(3)).toString())));
    var report =
        at(
            now.minus(Duration.ofHours(2)),
            () -> reported(now.minus(Duration.ofHours(3)), "1990-05-05"));

    var before = overview("en");
    var line = line(before, "data-reference=\"" + FieldRegistrations.pseudonym(capture) + "\"");
    assertThat(line).contains(DetentionReports.pseudonym(report), "Field registration");
    assertThat(before).doesNotContain(person);

    var record = at(now, () -> recordOpened(now.minus(Duration.ofHours(3)), "1990-05-05"));
    var after = overview("en");
    assertThat(after)
        .doesNotContain("data-reference=\"" + FieldRegistrations.pseudonym(capture) + "\"");
    assertThat(line(after, "<tr id=\"late-" + CustodyRecords.pseudonym(record) + "\""))
        .contains("data-delay-seconds=\"" + Duration.ofHours(3).toSeconds() + "\"")
        .contains(FieldRegistrations.pseudonym(capture));
  }

  // --- fixtures ------------------------------------------------------------------------------

  /** Runs the work with the application's clock reading {@code instant} on this thread. */
  private <T> T at(Instant instant, Callable<T> work) {
    return clock.at(
        Clock.fixed(instant, ZoneOffset.UTC),
        () -> {
          try {
            return work.call();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** A relative reports the person held since {@code since}; returns the report's id. */
  private UUID reported(Instant since) throws Exception {
    return reported(since, BORN);
  }

  private UUID reported(Instant since, String birthDate) throws Exception {
    var body =
        mvc.perform(
                post("/api/v1/detention-reports")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Accept-Language", "en")
                    .content(
                        """
                        {"personName":"%s","birthDate":"%s","facilityId":"%s","since":"%s",
                         "account":"Taken from the street by two officers.",
                         "reporterRelation":"RELATIVE","reporterName":"Айгүл"}
                        """
                            .formatted(person, birthDate, FACILITY, local(since))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String code = JsonPath.read(body, "$.code");
    return UUID.fromString(
        jdbc.sql("select id from detention_report where reference_hash = ?")
            .param(DetentionReports.hash(code))
            .query(String.class)
            .single());
  }

  /** The officer of the Astana facility opens the person's record; returns its id. */
  private String recordOpened(Instant apprehendedAt) throws Exception {
    return recordOpened(apprehendedAt, BORN);
  }

  private String recordOpened(Instant apprehendedAt, String birthDate) throws Exception {
    var body =
        mvc.perform(
                post("/api/v1/custody-records")
                    .with(httpBasic("officer", "habeas-demo"))
                    .header("Accept-Language", "en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
                         "person":{"name":"%s","birthDate":"%s","citizenship":"KZ"},
                         "grounds":"caught in the act","jurisdiction":"kz"}
                        """
                            .formatted(apprehendedAt, FACILITY, person, birthDate)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  /** The overview in that language (saved as the monitor's choice, as the switch does). */
  /** The officer's phone enrols its key; returns the key's id. */
  private String enrolled(FieldSigning phone) throws Exception {
    var body =
        mvc.perform(
                post("/field/device-keys")
                    .with(user("officer").password("habeas-demo"))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"publicKey\":\"%s\",\"label\":\"Patrol phone\"}"
                            .formatted(phone.publicKey())))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.deviceKeyId");
  }

  /** The phone sends the signed capture; returns the registration's id. */
  private UUID captured(FieldSigning phone, FieldSigning.Fields f) throws Exception {
    var body =
        mvc.perform(
                post("/api/v1/field-registrations")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(phone.body(f)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return UUID.fromString(JsonPath.read(body, "$.id"));
  }

  /** The table row that holds {@code marker}. */
  private static String line(String page, String marker) {
    int at = page.indexOf(marker);
    assertThat(at).as(marker + " on the page").isNotNegative();
    return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
  }

  private String overview(String language) throws Exception {
    return mvc.perform(get("/overview").with(user("monitor")).param("lang", language))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static String local(Instant at) {
    return LocalDateTime.ofInstant(at, ASTANA).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /** Five letters from a random id: a person no other test or demo record names. */
  private static String letters(UUID id) {
    var out = new StringBuilder();
    for (char c : id.toString().replace("-", "").substring(0, 5).toCharArray()) {
      out.append((char) ('a' + Character.digit(c, 16)));
    }
    return out.toString();
  }
}
