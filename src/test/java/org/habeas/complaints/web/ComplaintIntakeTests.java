package org.habeas.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.complaints.web.ComplaintFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.habeas.IntegrationTest;
import org.habeas.complaints.IntakeLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The public door: lodging, following the status, and every kind of bad or hostile input. */
@IntegrationTest
class ComplaintIntakeTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired IntakeLimits limits;

  @AfterEach
  void restoreLimits() {
    limits.restore();
  }

  @Test
  void theComplainantFollowsTheStatusWithTheSecretAndOnlyWithIt() throws Exception {
    var c = lodge(mvc, jdbc, "They beat him at night " + word());
    var path = "/api/v1/complaints/status/" + c[1];

    mvc.perform(get(path).with(fromFreshAddress()).header("Complaint-Secret", c[2]))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andExpect(content().string(not(containsString("Серік"))))
        .andExpect(content().string(not(containsString("beat"))));
    // Spaces, dashes and case do not matter in the secret.
    mvc.perform(
            get(path)
                .with(fromFreshAddress())
                .header("Complaint-Secret", c[2].replace("-", " ").toLowerCase()))
        .andExpect(status().isOk());
    mvc.perform(get(path).with(fromFreshAddress())).andExpect(status().isNotFound());
    mvc.perform(get(path).with(fromFreshAddress()).header("Complaint-Secret", "AAAAA-BBBBB"))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/complaints/status/HC-00000000")
                .with(fromFreshAddress())
                .header("Complaint-Secret", c[2]))
        .andExpect(status().isNotFound());
    // Only the secret's hash is kept.
    var stored =
        jdbc.sql("select secret_hash from complaint where id = ?")
            .param(c[0])
            .query(String.class)
            .single();
    assertThat(stored).doesNotContain(c[2]).hasSize(64);
  }

  @Test
  void aMemberOfThePublicLodgesInKazakhOnThePageWithAPhoto() throws Exception {
    var before = rows(jdbc);
    var narrative = "Түнде ұрып-соқты " + word();
    var session = new org.springframework.mock.web.MockHttpSession();
    mvc.perform(
            form(narrative)
                .file(new MockMultipartFile("attachments", "bet.png", "image/png", png()))
                .session(session)
                .header("Accept-Language", "kk"))
        .andExpect(status().is3xxRedirection());
    var html =
        mvc.perform(get("/complaints/lodged").session(session).header("Accept-Language", "kk"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Шағымыңыз қабылданды")))
            .andReturn()
            .getResponse();
    assertThat(html.getHeader("Cache-Control")).isEqualTo("no-store");
    var id =
        jdbc.sql("select id from complaint where narrative = ?")
            .param(narrative)
            .query(String.class)
            .single();
    assertThat(
            jdbc.sql("select media_type from complaint_attachment where complaint_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("image/png");
    assertThat(entries(jdbc, id)).isEqualTo(2); // lodged, document added
    assertThat(rows(jdbc)).isGreaterThan(before);
  }

  @Test
  void aDisguisedAttachmentRefusesTheWholeComplaintAndKeepsWhatWasTyped() throws Exception {
    var before = rows(jdbc);
    var narrative = "Kept after the error " + word();
    var script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            form(narrative)
                .file(new MockMultipartFile("attachments", "photo.jpg", "image/jpeg", script))
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("only JPEG, PNG and PDF")))
        .andExpect(content().string(containsString("id=\"error-attachments\"")))
        .andExpect(content().string(containsString(narrative)));
    assertThat(rows(jdbc)).as("nothing half-stored").isEqualTo(before);
  }

  @Test
  void anOversizedBodyIsRefusedBeforeAnythingIsStored() throws Exception {
    var before = rows(jdbc);
    var huge = "x".repeat(300_000);
    mvc.perform(lodgeJson(intake(huge))).andExpect(status().isPayloadTooLarge());
    var tooLong = "y".repeat(10_001);
    mvc.perform(lodgeJson(intake(tooLong)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("narrative")));
    mvc.perform(form("z".repeat(10_001)).header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"error-narrative\"")));
    assertThat(rows(jdbc)).isEqualTo(before);
  }

  @Test
  void scriptInTheTextIsStoredAsTextAndEscapedOnEveryPage() throws Exception {
    var marker = word();
    var c = lodge(mvc, jdbc, "<script>alert('" + marker + "')</script>");
    assertThat(
            jdbc.sql("select narrative from complaint where id = ?")
                .param(c[0])
                .query(String.class)
                .single())
        .isEqualTo("<script>alert('" + marker + "')</script>");
    mvc.perform(get("/complaints/" + c[0]).with(user("monitor").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;" + marker)))
        .andExpect(content().string(not(containsString("<script>alert('" + marker))));
  }

  @Test
  void aFilledHoneypotIsRefusedAndNothingStored() throws Exception {
    var before = rows(jdbc);
    var body =
        intake("robot text " + word())
            .replace("\"stillHeld\":true", "\"stillHeld\":true,\"website\":\"http://spam\"");
    mvc.perform(lodgeJson(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(containsString("complaints.refused")));
    mvc.perform(
            form("robot " + word()).param("website", "http://spam").header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("could not be accepted")));
    assertThat(rows(jdbc)).isEqualTo(before);
  }

  @Test
  void aMissingContactIsNamedByItsField() throws Exception {
    var body = intake("no number " + word()).replace("\"contact\":\"+7 701 000 0000\",", "");
    mvc.perform(lodgeJson(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("contact")));
  }

  @Test
  void floodingFromOneAddressIsRefusedWhileOthersAreStillServed() throws Exception {
    limits.limit(3, 1000);
    var flood = from("10.99.0.1");
    for (int i = 0; i < 3; i++) {
      mvc.perform(json(intake("flood " + i)).with(flood)).andExpect(status().isCreated());
    }
    var before = rows(jdbc);
    mvc.perform(json(intake("flood 4")).with(flood))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", String.valueOf(3600 / 3)))
        .andExpect(jsonPath("$.title").value("Too many requests. Please try again in 20 min."));
    mvc.perform(form("flood page").with(flood).header("Accept-Language", "en"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().string(containsString("please send it again in 20 min.")));
    assertThat(rows(jdbc)).isEqualTo(before);
    mvc.perform(json(intake("another address")).with(from("10.99.0.2")))
        .andExpect(status().isCreated());
  }

  @Test
  void aFloodFromOneNetworkBlockIsHeldThereWhileOtherBlocksAreServed() throws Exception {
    // No bucket for everyone: 52 addresses once shut the door to all for an hour (issue 14).
    limits.limit(100, 2);
    mvc.perform(json(intake("g1")).with(from("10.98.0.1"))).andExpect(status().isCreated());
    mvc.perform(json(intake("g2")).with(from("10.98.0.2"))).andExpect(status().isCreated());
    var before = rows(jdbc);
    mvc.perform(json(intake("g3")).with(from("10.98.0.3")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    assertThat(rows(jdbc)).isEqualTo(before);
    mvc.perform(json(intake("g4")).with(from("10.98.1.3"))).andExpect(status().isCreated());
    mvc.perform(json(intake("g5")).with(from("10.97.0.3"))).andExpect(status().isCreated());
  }

  @Test
  void theStatusPageNeedsTheSecretPostedNotInTheAddress() throws Exception {
    var c = lodge(mvc, jdbc, "status page " + word());
    mvc.perform(get("/complaints/status").header("Accept-Language", "ru"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Статус жалобы")));
    mvc.perform(
            post("/complaints/status")
                .with(fromFreshAddress())
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("reference", c[1])
                .param("secret", c[2])
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"status-value\">Received<")));
    mvc.perform(
            post("/complaints/status")
                .with(fromFreshAddress())
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("reference", c[1])
                .param("secret", "WRONG")
                .header("Accept-Language", "en"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("No complaint matches")));
  }

  @Test
  void theFormOpensWithoutSignIn() throws Exception {
    mvc.perform(get("/complaints/new").header("Accept-Language", "kk"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Шағым беру")))
        .andExpect(content().string(containsString("name=\"website\"")));
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
      String body) {
    return post("/api/v1/complaints")
        .header("Accept-Language", "en")
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .content(body);
  }

  private static MockMultipartHttpServletRequestBuilder form(String narrative) {
    var b = multipart("/complaints/new");
    b.with(fromFreshAddress());
    b.param("complainantRole", "VICTIM")
        .param("complainantName", "Ерлан Жақсылықов")
        .param("contactPreference", "NONE")
        .param("narrative", narrative)
        .param("facilityId", "kz-ast-tdf1")
        .param("stillHeld", "true");
    return b;
  }

  private static byte[] png() throws Exception {
    var image = new java.awt.image.BufferedImage(3, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
