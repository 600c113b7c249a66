package org.habeas.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.system.web.StreamedBody.body;
import static org.habeas.system.web.StreamedBody.streamed;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Finding 5 of issue 14 through the whole application (MockMvc, so every filter and the security
 * chains, but not Tomcat itself; {@link BodyLimitOnTomcatTest} covers the container): one body
 * limit on every path, checked before anything is parsed, counted when no length is declared.
 */
@IntegrationTest
class BodyLimitTests {

  private static final long LIMIT = 262_144;
  private static final long HUGE = 60L * 1024 * 1024;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void aPercentEncodedApiPathGetsTheSameLimitAndItsBodyIsNotRead() throws Exception {
    var before = complaints();
    var read = new AtomicLong();
    mvc.perform(
            post(URI.create("/%61pi/v1/complaints"))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .with(streamed(body("{\"narrative\":\"", HUGE), HUGE, read)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:habeas:problem:problem.tooLarge"))
        .andExpect(jsonPath("$.limit").value(LIMIT));
    assertThat(read).as("bytes read of the body").hasValue(0);
    assertThat(complaints()).isEqualTo(before);
  }

  @Test
  void aChunkedBodyIsCountedAndRefusedPastTheLimit() throws Exception {
    var before = complaints();
    var read = new AtomicLong();
    mvc.perform(
            post(URI.create("/api/v1/complaints"))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "ru")
                .with(streamed(body("{\"narrative\":\"", HUGE), -1, read)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.title").value("Тело запроса слишком велико"));
    assertThat(read.get()).as("bytes read of the body").isLessThanOrEqualTo(LIMIT + 1);
    assertThat(complaints()).isEqualTo(before);
  }

  @Test
  void aPageFormGetsTheLimitTooAndTheErrorPageSaysWhy() throws Exception {
    var read = new AtomicLong();
    mvc.perform(
            post(URI.create("/%63omplaints/status"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML)
                .with(streamed(body("reference=", HUGE), HUGE, read)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    assertThat(read).hasValue(0);
    // The error page the container then shows (MockMvc does not dispatch to it by itself).
    mvc.perform(
            get("/error")
                .accept(MediaType.TEXT_HTML)
                .header("Accept-Language", "en")
                .requestAttr("jakarta.servlet.error.status_code", 413)
                .requestAttr("messageCode", "problem.tooLarge.page")
                .requestAttr("messageArgs", new Object[] {256}))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().string(containsString("at most 256 KB")));
  }

  @Test
  void aFormWithoutALengthIsRefusedWhereTheContainerWouldParseIt() throws Exception {
    var read = new AtomicLong();
    mvc.perform(
            post(URI.create("/login"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(streamed(body("username=", HUGE), -1, read)))
        .andExpect(status().isLengthRequired());
    assertThat(read).hasValue(0);
  }

  @Test
  void theUploadFormsMayCarryTheirFiles() throws Exception {
    var size = 4L * 1024 * 1024;
    var result =
        mvc.perform(
                post(URI.create("/complaints/new"))
                    .contentType("multipart/form-data; boundary=b")
                    .accept(MediaType.TEXT_HTML)
                    .with(streamed(body("--b\r\n", size), size, new AtomicLong())))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isNotEqualTo(413);
    mvc.perform(
            post(URI.create("/complaints/status"))
                .contentType("multipart/form-data; boundary=b")
                .with(streamed(body("--b\r\n", size), size, new AtomicLong())))
        .andExpect(status().isPayloadTooLarge());
  }

  @Test
  void aMalformedWitnessNoteIsTheClientsError() throws Exception {
    mvc.perform(
            post("/ledger/witness/add-checkpoint")
                .contentType(MediaType.TEXT_PLAIN)
                .content("old 0\n\nexample.com/log\n1\nAAAA\n"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("malformed request: malformed note")));
  }

  @Test
  void theWitnessReadsNoBodyPastTheLimit() throws Exception {
    var read = new AtomicLong();
    mvc.perform(
            post("/ledger/witness/add-checkpoint")
                .contentType(MediaType.TEXT_PLAIN)
                .with(streamed(body("old 0\n", HUGE), HUGE, read)))
        .andExpect(status().isPayloadTooLarge());
    assertThat(read).hasValue(0);
    var chunked = new AtomicLong();
    mvc.perform(
            post("/ledger/witness/add-checkpoint")
                .contentType(MediaType.TEXT_PLAIN)
                .with(streamed(body("old 0\n", HUGE), -1, chunked)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.type").value("urn:habeas:problem:problem.tooLarge"));
    assertThat(chunked.get()).isLessThanOrEqualTo(LIMIT + 1);
  }

  private long complaints() {
    return jdbc.sql("select count(*) from complaint").query(Long.class).single();
  }
}
