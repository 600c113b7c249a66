package org.habeas.system.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.system.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** API tokens expire {@code habeas.api.token-ttl} (90 days) after they are created (issue 14). */
@IntegrationTest
class ApiTokenExpiryTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApiTokens tokens;
  @Autowired Clock clock;

  @Test
  void aTokenOlderThanItsLifetimeIsRefusedAndSaysSo() throws Exception {
    var secret = "hb_old-" + UUID.randomUUID();
    var created = clock.instant().minus(Duration.ofDays(91));
    jdbc.sql(
            "insert into api_token (id, username, name, token_hash, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID().toString(),
            "officer",
            "a script from long ago",
            sha256(secret),
            Timestamp.from(created))
        .update();
    mvc.perform(
            get("/api/v1/me")
                .header("Authorization", "Bearer " + secret)
                .header("Accept-Language", "en"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
        .andExpect(jsonPath("$.type").value("urn:habeas:problem:problem.tokenExpired"))
        .andExpect(jsonPath("$.title").value("This API token has expired"))
        .andExpect(jsonPath("$.detail").value(containsString("create a new one")));
    // Expired is refused even where no sign-in is needed: the client meant to act as someone.
    mvc.perform(
            post("/api/v1/complaints")
                .header("Authorization", "Bearer " + secret)
                .contentType("application/json")
                .content("{}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aNewTokenWorksAndTheAccountPageShowsWhenItExpires() throws Exception {
    var secret = tokens.create("officer", "station PC");
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("officer"));
    mvc.perform(
            get("/account")
                .with(user("officer").roles("CUSTODY_OFFICER"))
                .header("Accept-Language", "en"))
        .andExpect(content().string(containsString("A token works for 90 days")))
        .andExpect(content().string(containsString("Expires")));
  }

  private static String sha256(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
