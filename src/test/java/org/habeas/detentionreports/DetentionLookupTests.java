package org.habeas.detentionreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.habeas.IntegrationTest;
import org.habeas.TestClock;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.custody.Released;
import org.habeas.custody.Transferred;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The family's question (issue 19), whole: the API and the page answer exactly what the
 * jurisdiction's disclosure policy allows (kz: anyone with the IIN, status, facility, time of
 * apprehension, 3 days after closing; cpt: anyone, the time of release too, 30 days; ew: lawyers
 * with a bar number only, status and facility, 1 day), by exact match only; every enquiry is
 * stored, committed to the ledger and listed on the record; over the limits 429. Each test looks up
 * people of its own, on the fixed test clock.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DetentionLookupTests {

  private static final String PASSWORD = "habeas-demo";
  private static final String KZ = "kz-ast-tdf1";
  private static final String KZ_OTHER = "kz-ast-pd1";
  private static final String EW = "ew-met-cs1";
  private static final String CPT = "cpt-lookup-1";
  private static final LocalDate BORN = LocalDate.of(1990, 5, 5);
  private static final Actor ADMIN =
      new Actor("admin", "Timur Kassymov", Role.ADMIN, null, null, "en");
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired CustodyRecords records;
  @Autowired Facilities facilities;
  @Autowired DetentionLookup lookup;
  @Autowired LookupLimits limits;
  @Autowired JsonMapper json;

  private final String tag = letters(UUID.randomUUID());

  /** The Astana facility's public address in force (the demo's, or this test's if none). */
  private String kzAddress = "";

  private String kzPhone = "";

  @BeforeEach
  void aCptFacilityAndContacts() {
    if (facilities.find(CPT).isEmpty()) {
      facilities.add(
          new Facility(
              CPT,
              "Council of Europe test station",
              "police-department",
              "ast",
              ZoneId.of("Europe/Paris"),
              "cpt",
              Map.of()));
    }
    var contacts = jdbc.sql("select count(*) from facility_public_contact where facility_id = ?");
    if (contacts.param(KZ).query(Long.class).single() == 0) {
      lookup.setContact(ADMIN, KZ, "Astana, Abay ave. 1", "+7 7172 00 00 00");
    }
    var inForce =
        jdbc.sql(
                "select address, phone from facility_public_contact where facility_id = ?"
                    + " order by recorded_at desc")
            .param(KZ)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list()
            .getFirst();
    kzAddress = inForce[0];
    kzPhone = inForce[1];
  }

  @AfterEach
  void limitsBack() {
    limits.restore();
  }

  // --- fixtures ------------------------------------------------------------------------------

  private static String letters(UUID id) {
    var out = new StringBuilder();
    for (char c : id.toString().replace("-", "").substring(0, 6).toCharArray()) {
      out.append((char) ('a' + Character.digit(c, 16)));
    }
    return out.toString();
  }

  private String person(String who) {
    return "Lookup " + who + " " + tag;
  }

  private static String iin(String tag) {
    var digits = new StringBuilder("90050");
    for (char c : tag.toCharArray()) {
      digits.append((char) ('0' + (c - 'a') % 10));
    }
    return digits.append("5").substring(0, 12);
  }

  private static Actor officerOf(String facility) {
    return new Actor("officer", "Test officer", Role.CUSTODY_OFFICER, facility, "ast", "en");
  }

  private static Instant ago(Duration d) {
    return TestClock.now().minus(d).truncatedTo(ChronoUnit.SECONDS);
  }

  /** The record of {@code name} opened at {@code facility}, apprehended {@code ago} ago. */
  private String held(String name, String facility, Jurisdiction j, Instant at) {
    return records.open(
        officerOf(facility),
        new Apprehended(
            at,
            facility,
            new Person(name, BORN, j == Jurisdiction.KZ ? iin(tag) : null, "KZ", "ru"),
            "caught in the act",
            "Theft",
            null,
            j));
  }

  private void released(String recordId, String facility, Instant at) {
    records.append(officerOf(facility), recordId, new Released(at, "no grounds to hold"), null);
  }

  private static RequestPostProcessor fresh() {
    int n = ADDRESSES.incrementAndGet();
    return r -> {
      r.setRemoteAddr("10.77." + (n / 250) + "." + (n % 250 + 1));
      return r;
    };
  }

  private MockHttpServletRequestBuilder asked(String name, String nationalId) {
    var r =
        get("/api/v1/detention-lookup")
            .param("name", name)
            .param("birthDate", BORN.toString())
            .header("Accept-Language", "en")
            .with(fresh());
    return nationalId == null ? r : r.param("nationalId", nationalId);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> answer(MockHttpServletRequestBuilder request) throws Exception {
    var body =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", "no-store"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readValue(body, Map.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> facility(Map<String, Object> answer) {
    return (Map<String, Object>) answer.get("facility");
  }

  private long enquiries(String recordId) {
    return jdbc.sql("select count(*) from detention_lookup where record_id = ?")
        .param(recordId)
        .query(Long.class)
        .single();
  }

  // --- per profile ---------------------------------------------------------------------------

  @Test
  void kazakhstanTellsAnyoneWithTheIinTheStatusFacilityAndTimeOfApprehensionAndNothingElse()
      throws Exception {
    var name = person("Held");
    var apprehendedAt = ago(Duration.ofHours(2));
    var id = held(name, KZ, Jurisdiction.KZ, apprehendedAt);

    var told = answer(asked(name, iin(tag)));

    assertThat(told.keySet())
        .containsExactlyInAnyOrder("found", "status", "facility", "apprehendedAt");
    assertThat(told.get("found")).isEqualTo(true);
    assertThat(told.get("status")).isEqualTo("held");
    assertThat(facility(told))
        .containsOnlyKeys("name", "address", "phone")
        .containsEntry("address", kzAddress)
        .containsEntry("phone", kzPhone);
    assertThat(told.get("apprehendedAt")).isEqualTo(apprehendedAt.toString());
    // Without the IIN, or with another, the same name and birthday find nothing.
    assertThat(answer(asked(name, null))).containsOnlyKeys("found").containsEntry("found", false);
    assertThat(answer(asked(name, "900505000000"))).containsOnlyKeys("found");
    assertThat(enquiries(id)).isEqualTo(1);
  }

  @Test
  void kazakhstanTellsOfARecordClosedWithinThreeDaysAndNotOfOneClosedBefore() throws Exception {
    var lately = person("Lately");
    released(
        held(lately, KZ, Jurisdiction.KZ, ago(Duration.ofDays(2))), KZ, ago(Duration.ofDays(1)));
    var long_ = person("Long");
    released(
        held(long_, KZ, Jurisdiction.KZ, ago(Duration.ofDays(10))), KZ, ago(Duration.ofDays(5)));

    var told = answer(asked(lately, iin(tag)));

    assertThat(told).containsEntry("found", true).containsEntry("status", "released");
    assertThat(told).doesNotContainKey("endedAt");
    assertThat(answer(asked(long_, iin(tag))))
        .containsOnlyKeys("found")
        .containsEntry("found", false);
  }

  @Test
  void theCptTellsAnyoneTheReleaseTooForThirtyDays() throws Exception {
    var name = person("Cpt");
    var id = held(name, CPT, Jurisdiction.CPT, ago(Duration.ofDays(6)));
    var releasedAt = ago(Duration.ofDays(5));
    released(id, CPT, releasedAt);

    var told = answer(asked(name, null));

    assertThat(told.keySet())
        .containsExactlyInAnyOrder("found", "status", "facility", "apprehendedAt", "endedAt");
    assertThat(told).containsEntry("status", "released");
    assertThat(told.get("endedAt")).isEqualTo(releasedAt.toString());
    // No contact set for this facility: its name only.
    assertThat(facility(told)).containsOnlyKeys("name");
  }

  @Test
  void englandTellsOnlyALawyerWithABarNumberTheStatusAndFacility() throws Exception {
    var name = person("Ew");
    var id = held(name, EW, Jurisdiction.EW, ago(Duration.ofHours(3)));

    var toThePublic = answer(asked(name, null));
    var toALawyer =
        answer(
            asked(name, null).param("barNumber", "SRA 123456").with(httpBasic("lawyer", PASSWORD)));

    assertThat(toThePublic).containsOnlyKeys("found").containsEntry("found", false);
    assertThat(toALawyer.keySet()).containsExactlyInAnyOrder("found", "status", "facility");
    assertThat(toALawyer).containsEntry("status", "held");
    var stored =
        jdbc.sql(
                "select enquirer, outcome, bar_number, recorded_by from detention_lookup"
                    + " where record_id = ? order by asked_at")
            .param(id)
            .query(
                (rs, n) ->
                    rs.getString(1)
                        + "/"
                        + rs.getString(2)
                        + "/"
                        + rs.getString(3)
                        + "/"
                        + rs.getString(4))
            .list();
    assertThat(stored)
        .containsExactly("public/withheld/null/public", "lawyer/found/SRA 123456/lawyer");
  }

  @Test
  void aLawyerAsksWithABarNumberAndNoOneElseGivesOne() throws Exception {
    mvc.perform(asked(person("Nobody"), null).with(httpBasic("lawyer", PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("barNumber")));
    mvc.perform(asked(person("Nobody"), null).param("barNumber", "123"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("barNumber")));
  }

  // --- matching ------------------------------------------------------------------------------

  @Test
  void onlyAnExactNameAnswersCaseAndSpacesAside() throws Exception {
    var name = person("Exact");
    held(name, CPT, Jurisdiction.CPT, ago(Duration.ofHours(1)));

    assertThat(answer(asked("  " + name.toUpperCase().replace(" ", "   ") + " ", null)))
        .containsEntry("found", true);
    assertThat(answer(asked(name.replace("Exact", "Exakt"), null)))
        .containsOnlyKeys("found")
        .containsEntry("found", false);
    assertThat(answer(asked(person("NoRecord"), null))).containsEntry("found", false);
  }

  @Test
  void aTransferredPersonIsFoundWhereTheyAreTaken() throws Exception {
    var name = person("Moved");
    var id = held(name, KZ, Jurisdiction.KZ, ago(Duration.ofHours(5)));
    records.append(
        officerOf(KZ), id, new ArrivedAtFacility(ago(Duration.ofHours(4)), KZ, null), null);
    records.append(officerOf(KZ), id, new Transferred(ago(Duration.ofHours(1)), KZ_OTHER), null);

    var told = answer(asked(name, iin(tag)));

    assertThat(told).containsEntry("status", "transferred");
    assertThat((facility(told)).get("name"))
        .isEqualTo(facilities.find(KZ_OTHER).orElseThrow().defaultName());
  }

  // --- stored, committed, shown on the record --------------------------------------------------

  @Test
  void everyEnquiryIsStoredWithoutTheNameCommittedAndListedOnTheRecord() throws Exception {
    var name = person("Stored");
    var id = held(name, KZ, Jurisdiction.KZ, ago(Duration.ofHours(2)));

    answer(asked(name, iin(tag)));

    var row =
        jdbc.sql("select id, payload, client_hash from detention_lookup where record_id = ?")
            .param(id)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .single();
    assertThat(row[1]).doesNotContain(tag).doesNotContain("1990").doesNotContain(iin(tag));
    assertThat(row[2]).hasSize(64).doesNotContain("10.77");
    assertThat(
            jdbc.sql("select count(*) from ledger_opening where record_id = ?")
                .param(row[0])
                .query(Long.class)
                .single())
        .isEqualTo(1);
    mvc.perform(get("/custody/" + id).with(user("officer")).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"lookup-enquiries\"")))
        .andExpect(content().string(containsString("a member of the public")));
    // The person's own copy of the record says who asked where they are, in the copy's language.
    mvc.perform(get("/custody/" + id + "/copy?lang=ru").with(user("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"lookup-enquiries\"")))
        .andExpect(content().string(containsString("кто-то из граждан")));
  }

  // --- the page --------------------------------------------------------------------------------

  @Test
  void thePageAnswersInKazakhRussianAndEnglishWithNothingInTheAddress() throws Exception {
    var name = person("Page");
    held(name, KZ, Jurisdiction.KZ, ago(Duration.ofHours(2)));
    var said =
        Map.of(
            "kk", "Ұсталып отыр",
            "ru", "Содержится под стражей",
            "en", "Held");
    for (var language : said.keySet()) {
      mvc.perform(
              post("/lookup")
                  .param("name", name)
                  .param("birthDate", BORN.toString())
                  .param("nationalId", iin(tag))
                  .header("Accept-Language", language)
                  .with(csrf())
                  .with(fresh()))
          .andExpect(status().isOk())
          .andExpect(header().string("Cache-Control", "no-store"))
          .andExpect(content().string(containsString(said.get(language))))
          .andExpect(content().string(containsString(kzAddress)));
    }
    mvc.perform(get("/lookup").header("Accept-Language", "ru"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Задержан ли мой родственник")))
        .andExpect(content().string(containsString("method=\"post\"")));
    mvc.perform(get("/").header("Accept-Language", "en"))
        .andExpect(content().string(containsString("href=\"/lookup\"")));
  }

  @Test
  void thePageNamesTheFieldAtFault() throws Exception {
    mvc.perform(
            post("/lookup")
                .param("name", "a\u0000b")
                .param("birthDate", "999999999-01-01")
                .header("Accept-Language", "en")
                .with(csrf())
                .with(fresh()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("summary-name")))
        .andExpect(content().string(not(containsString("lookup-answer"))));
  }

  // --- limits and attackers --------------------------------------------------------------------

  @Test
  void pastTheLimitOfOneAddressTheAnswerIs429AndNothingIsStored() throws Exception {
    limits.limit(2, 100, 1000);
    var name = person("Limited");
    RequestPostProcessor one =
        r -> {
          r.setRemoteAddr("10.78.0.1");
          return r;
        };
    long before = jdbc.sql("select count(*) from detention_lookup").query(Long.class).single();
    for (int i = 0; i < 2; i++) {
      mvc.perform(asked(name, null).with(one)).andExpect(status().isOk());
    }
    mvc.perform(asked(name, null).with(one))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    assertThat(jdbc.sql("select count(*) from detention_lookup").query(Long.class).single())
        .isEqualTo(before + 2);
    // Another address is still served.
    mvc.perform(asked(name, null)).andExpect(status().isOk());
  }

  @Test
  void pastTheLimitForEveryoneTheAnswerIs429Too() throws Exception {
    limits.limit(100, 100, 1);
    mvc.perform(asked(person("Everyone"), null)).andExpect(status().isOk());
    mvc.perform(asked(person("Everyone"), null))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
  }

  @Test
  void attackerInputsAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    long before = jdbc.sql("select count(*) from detention_lookup").query(Long.class).single();
    mvc.perform(asked("a\u0000b", null))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("name")));
    mvc.perform(asked("a".repeat(100_000), null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    mvc.perform(
            get("/api/v1/detention-lookup")
                .param("name", person("Year"))
                .param("birthDate", "999999999-01-01")
                .with(fresh()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("birthDate"));
    mvc.perform(
            get("/api/v1/detention-lookup")
                .param("name", person("Future"))
                .param("birthDate", "2999-01-01")
                .with(fresh()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("birthDate"));
    mvc.perform(asked(person("Iin"), "1; drop table"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("nationalId"));
    assertThat(jdbc.sql("select count(*) from detention_lookup").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void onlyAnAdministratorSetsAFacilitysAddressAndPhone() throws Exception {
    var path = "/api/v1/detention-lookup/facilities/" + KZ_OTHER + "/contact";
    var body = "{\"address\":\"Astana, Kenesary st. 2\",\"phone\":\"+7 7172 11 11 11\"}";

    mvc.perform(
            post(path)
                .with(httpBasic("officer", PASSWORD))
                .contentType("application/json")
                .content(body))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(path)
                .with(httpBasic("admin", PASSWORD))
                .contentType("application/json")
                .content("{\"address\":\"\",\"phone\":\"call us\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("address"))
        .andExpect(jsonPath("$.errors[1].field").value("phone"));
    mvc.perform(
            post("/api/v1/detention-lookup/facilities/nowhere/contact")
                .with(httpBasic("admin", PASSWORD))
                .contentType("application/json")
                .content(body))
        .andExpect(status().isNotFound());
    mvc.perform(
            post(path)
                .with(httpBasic("admin", PASSWORD))
                .contentType("application/json")
                .content(body))
        .andExpect(status().isNoContent());
    assertThat(
            jdbc.sql(
                    "select phone from facility_public_contact where facility_id = ?"
                        + " order by recorded_at desc")
                .param(KZ_OTHER)
                .query(String.class)
                .list())
        .first()
        .isEqualTo("+7 7172 11 11 11");
  }

  @Test
  void theNameAskedWithReachesNoLog(CapturedOutput output) throws Exception {
    var name = person("Unlogged");
    held(name, KZ, Jurisdiction.KZ, ago(Duration.ofHours(1)));

    answer(asked(name, iin(tag)));
    mvc.perform(asked(name, "x\u0000")).andExpect(status().isBadRequest());

    assertThat(output.getAll()).doesNotContain(tag).doesNotContain(iin(tag));
  }
}
