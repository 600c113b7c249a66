package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.custody.web.CustodyApiFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.imageio.ImageIO;
import org.habeas.IntegrationTest;
import org.habeas.Publications;
import org.habeas.TestClock;
import org.habeas.custody.InjuryPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The doctor's pages (issue 15): the landing page, the injury form with the body map (valid, every
 * error at once, a photograph that is no image refused with nothing stored, another facility's
 * record, other roles), the photographs and what the complaint and the record then show.
 */
@IntegrationTest
class MedicalPagesTests {

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private static RequestPostProcessor as(String name) {
    return user(name).password(PASSWORD);
  }

  private static String localMinutesAgo(long minutes) {
    return INPUT.format(
        LocalDateTime.ofInstant(
            TestClock.now().minus(minutes, ChronoUnit.MINUTES), ZoneId.of("Asia/Almaty")));
  }

  private static MockMultipartHttpServletRequestBuilder injury(String id) {
    return multipart("/custody/" + id + "/injury");
  }

  static byte[] png() throws Exception {
    var image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
    image.setRGB(2, 2, 0xaa3344);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private long photos(String recordId) {
    return jdbc.sql("select count(*) from custody_injury_photo where record_id = ?")
        .param(recordId)
        .query(Long.class)
        .single();
  }

  @Test
  void doctorLandsOnTheirMedicalWorkWithWhoAwaitsAnExamination() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                """
                {"type":"ArrivedAtFacility","occurredAt":"%s","facilityId":"%s"}"""
                    .formatted(minutesAgo(50), ASTANA_TDF)))
        .andExpect(status().isCreated());
    mvc.perform(get("/medical").with(as("doctor")).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"awaiting-" + id + "\"")))
        .andExpect(content().string(containsString("id=\"held-" + id + "\"")))
        .andExpect(content().string(containsString("/custody/" + id + "/injury")))
        // The medical part only: never why the person is held.
        .andExpect(content().string(not(containsString("caught in the act"))));
    mvc.perform(get("/medical").with(as("officer"))).andExpect(status().isForbidden());
    mvc.perform(get("/medical").with(as("lawyer"))).andExpect(status().isForbidden());
  }

  @Test
  void doctorRecordsAnInjuryOnTheBodyMapWithAPhotograph() throws Exception {
    var id = openRecord(mvc);
    var before = eventCount(jdbc, id);
    var photo = png();
    mvc.perform(get("/custody/" + id + "/injury").with(as("doctor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-region=\"FACE\"")))
        .andExpect(content().string(containsString("name=\"region\" value=\"LEFT_FOREARM\"")));
    mvc.perform(
            injury(id)
                .file(new MockMultipartFile("photos", "face.png", "image/png", photo))
                .with(as("doctor"))
                .with(csrf())
                .param("occurredAt", localMinutesAgo(5))
                .param("region", "FACE", "LEFT_FOREARM")
                .param("kind.FACE", "BRUISE")
                .param("size.FACE", "3,5")
                .param("age.FACE", "DAYS_1_3")
                .param("note.FACE", "purple, oval")
                .param("kind.LEFT_FOREARM", "ABRASION")
                .param("account", "Hit by the escorting officer")
                .param("examination", "true"))
        .andExpect(status().is3xxRedirection());
    // The injury and, in the same transaction, the examination the doctor completed with it.
    assertThat(eventCount(jdbc, id)).isEqualTo(before + 2);
    mvc.perform(get("/medical").with(as("doctor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"held-" + id + "\"")))
        .andExpect(content().string(not(containsString("id=\"awaiting-" + id + "\""))));
    assertThat(photos(id)).isEqualTo(1);
    var json =
        mvc.perform(getAs("doctor", "/api/v1/custody-records/" + id))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var injuryEvent = "$.events[?(@.type == 'InjuryRecorded')]";
    assertThat(JsonPath.<java.util.List<String>>read(json, injuryEvent + ".marks[0].region"))
        .containsExactly("FACE");
    assertThat(JsonPath.<java.util.List<Object>>read(json, injuryEvent + ".marks[0].sizeCm"))
        .hasSize(1);
    var sha =
        JsonPath.<java.util.List<String>>read(json, injuryEvent + ".photoSha256[0]").getFirst();
    var stored =
        jdbc.sql("select content from custody_injury_photo where record_id = ?")
            .param(id)
            .query(byte[].class)
            .single();
    // Kept sealed under the record's key, as its events are: erasure leaves nothing to see.
    assertThat(new String(stored, java.nio.charset.StandardCharsets.US_ASCII))
        .startsWith("sealed:v1:");
    assertThat(InjuryPhotos.sha256(stored)).isNotEqualTo(sha);

    // The record shows the body map, with the marks in words and the photograph.
    mvc.perform(get("/custody/" + id).with(as("doctor")).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("bodymap-legend")))
        // In whichever language the doctor chose: the bruise's colour, the legend's numbers.
        .andExpect(content().string(containsString("swatch kind-bruise")))
        .andExpect(content().string(containsString("data-numbers=\"1\"")))
        .andExpect(content().string(containsString("data-numbers=\"2\"")))
        .andExpect(content().string(containsString("purple, oval")))
        .andExpect(content().string(containsString("/custody/" + id + "/injury-photos/" + sha)));
    // The photograph, to whoever may see the medical part; each showing logged.
    long reads = readsOf(id);
    mvc.perform(get("/custody/" + id + "/injury-photos/" + sha).with(as("doctor")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"))
        .andExpect(header().string("Cache-Control", containsString("no-store")))
        .andExpect(
            result ->
                assertThat(InjuryPhotos.sha256(result.getResponse().getContentAsByteArray()))
                    .isEqualTo(sha));
    assertThat(readsOf(id)).isGreaterThan(reads);
    mvc.perform(get("/custody/" + id + "/injury-photos/" + sha).with(as("officer")))
        .andExpect(status().isOk());
    mvc.perform(get("/custody/" + id + "/injury-photos/" + sha).with(as("officer-alm")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/custody/" + id + "/injury-photos/" + sha).with(as("monitor")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/custody/" + id + "/injury-photos/" + "0".repeat(64)).with(as("doctor")))
        .andExpect(status().isNotFound());

    // The complaint raised from the injury names the regions and kinds.
    Publications.awaitCompleted(jdbc);
    var narrative =
        jdbc.sql("select injuries from complaint where custody_record_id = ?")
            .param(id)
            .query(String.class)
            .single();
    // In the language of the doctor's request: face, bruise, left forearm.
    assertThat(narrative)
        .containsPattern("Face|Лицо|Бет")
        .containsPattern("Bruise|Кровоподтёк|Қанталау")
        .containsPattern("Left forearm|Левое предплечье|Сол білек")
        .contains("purple, oval");

    // Its Istanbul Protocol documentation shows the body map, and the first physical finding
    // starts from it.
    var complaint =
        jdbc.sql("select id from complaint where custody_record_id = ?")
            .param(id)
            .query(String.class)
            .single();
    mvc.perform(get("/complaints/" + complaint + "/istanbul").with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"custody-bodymap\"")))
        .andExpect(content().string(containsString("bodymap-legend")));
    // The examining doctor's first physical finding starts from the body map.
    mvc.perform(
            postJson(
                "monitor",
                "/api/v1/complaints/" + complaint + "/istanbul/examinations",
                "{\"examiner\":\"doctor\",\"examinedOn\":\"2026-11-22\",\"place\":\"TDF-1\"}"))
        .andExpect(status().isCreated());
    mvc.perform(get("/complaints/" + complaint + "/istanbul").with(as("doctor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"custody-bodymap\"")))
        .andExpect(content().string(containsString(">1. ")))
        .andExpect(content().string(containsString("purple, oval")));
  }

  private long readsOf(String recordId) {
    return jdbc.sql("select count(*) from personal_data_read where record_id = ?")
        .param(recordId)
        .query(Long.class)
        .single();
  }

  @Test
  void everyErrorAtOnceWithWhatWasTypedKept() throws Exception {
    var id = openRecord(mvc);
    var before = eventCount(jdbc, id);
    mvc.perform(
            injury(id)
                .with(as("doctor"))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("occurredAt", "")
                .param("region", "FACE", "CHEST")
                .param("size.FACE", "9000")
                .param("note.FACE", "Typed-Note-Kept")
                .param("kind.CHEST", "BURN")
                .param("account", "Typed-Account-Kept"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"f-occurredAt-err\"")))
        .andExpect(content().string(containsString("id=\"f-kind-FACE-err\"")))
        .andExpect(content().string(containsString("id=\"f-size-FACE-err\"")))
        .andExpect(content().string(containsString("Typed-Note-Kept")))
        .andExpect(content().string(containsString("Typed-Account-Kept")))
        .andExpect(content().string(containsString("value=\"9000\"")));
    mvc.perform(
            injury(id)
                .with(as("doctor"))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("occurredAt", localMinutesAgo(5)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"f-regions-err\"")));
    assertThat(eventCount(jdbc, id)).isEqualTo(before);
  }

  @Test
  void aPhotographThatIsNoImageIsRefusedAndNothingIsStored() throws Exception {
    var id = openRecord(mvc);
    var before = eventCount(jdbc, id);
    var html = "<html><script>alert(1)</script></html>".getBytes();
    var fakeJpeg = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5};
    mvc.perform(
            injury(id)
                .file(new MockMultipartFile("photos", "good.png", "image/png", png()))
                .file(new MockMultipartFile("photos", "evil.png", "image/png", html))
                .file(new MockMultipartFile("photos", "broken.jpg", "image/jpeg", fakeJpeg))
                .with(as("doctor"))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("occurredAt", localMinutesAgo(5))
                .param("region", "NECK")
                .param("kind.NECK", "SWELLING"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"f-photos-err\"")))
        .andExpect(content().string(containsString("evil.png")))
        .andExpect(content().string(containsString("broken.jpg")))
        .andExpect(content().string(not(containsString("good.png"))));
    assertThat(eventCount(jdbc, id)).isEqualTo(before);
    assertThat(photos(id)).isZero();
  }

  @Test
  void anotherFacilitysRecordIsNotFoundAndOtherRolesCannotUseTheForm() throws Exception {
    var body =
        mvc.perform(
                postJson(
                    "officer-alm",
                    "/api/v1/custody-records",
                    apprehendedAt("kz-alm-tdf1", minutesAgo(60))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String almaty = JsonPath.read(body, "$.id");
    mvc.perform(get("/custody/" + almaty + "/injury").with(as("doctor")))
        .andExpect(status().isNotFound());
    mvc.perform(
            injury(almaty)
                .with(as("doctor"))
                .with(csrf())
                .param("occurredAt", localMinutesAgo(5))
                .param("region", "FACE")
                .param("kind.FACE", "BRUISE"))
        .andExpect(status().isNotFound());
    assertThat(eventCount(jdbc, almaty)).isEqualTo(1);

    var own = openRecord(mvc);
    for (var role : new String[] {"officer", "lawyer", "monitor", "investigator"}) {
      mvc.perform(get("/custody/" + own + "/injury").with(as(role)))
          .andExpect(status().isForbidden());
      mvc.perform(
              injury(own)
                  .with(as(role))
                  .with(csrf())
                  .param("occurredAt", localMinutesAgo(5))
                  .param("region", "FACE")
                  .param("kind.FACE", "BRUISE"))
          .andExpect(status().isForbidden());
    }
    assertThat(eventCount(jdbc, own)).isEqualTo(1);
    // The record page offers the body map to the doctor only.
    mvc.perform(get("/custody/" + own).with(as("doctor")))
        .andExpect(content().string(containsString("id=\"record-injury\"")));
    mvc.perform(get("/custody/" + own).with(as("officer")))
        .andExpect(content().string(not(containsString("id=\"record-injury\""))));
  }
}
