package org.habeas.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.habeas.IntegrationTest;
import org.habeas.system.ApiTokens;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A bearer token's owner is read once and kept briefly (habeas.security.api-cache-ttl), but what an
 * administrator or the owner changes on this instance counts at the very next request: a revoked
 * token, a disabled user, a changed user.
 */
@IntegrationTest
class ApiActorCacheTests {

  @Autowired MockMvc mvc;
  @Autowired ApiTokens tokens;
  @Autowired Users users;

  private String newUser() {
    var name = "cache-" + System.nanoTime();
    users.create(name, "a-long-password-1", "Cache Test", Role.CUSTODY_OFFICER, null, null, "en");
    return name;
  }

  private ResultActions me(String token) throws Exception {
    return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token));
  }

  @Test
  void aRevokedTokenIsRefusedAtTheNextRequest() throws Exception {
    var name = newUser();
    var token = tokens.create(name, "station PC");
    me(token).andExpect(status().isOk()).andExpect(jsonPath("$.username").value(name));
    me(token).andExpect(status().isOk()); // from the cache now
    tokens.revoke(name, tokens.of(name).getFirst().id());
    me(token).andExpect(status().isUnauthorized());
  }

  @Test
  void aChangedUserActsAsChangedAtTheNextRequest() throws Exception {
    var name = newUser();
    var token = tokens.create(name, "station PC");
    me(token).andExpect(jsonPath("$.language").value("en"));
    users.setLanguage(name, "kk");
    me(token).andExpect(jsonPath("$.language").value("kk"));
    var account = users.account(name).orElseThrow();
    users.update(
        new Users.Account(
            name,
            "Renamed",
            Role.LAWYER,
            null,
            null,
            "kk",
            null,
            false,
            true,
            account.createdAt()));
    me(token)
        .andExpect(jsonPath("$.displayName").value("Renamed"))
        .andExpect(jsonPath("$.roles[0]").value("LAWYER"));
  }

  @Test
  void aDisabledUsersTokenIsRefusedAtTheNextRequestAsBefore() throws Exception {
    var name = newUser();
    var token = tokens.create(name, "station PC");
    me(token).andExpect(status().isOk());
    users.setEnabled(name, false);
    // As before the cache: the user details service refuses a user who cannot sign in.
    var refused = catchThrowable(() -> me(token).andExpect(status().isOk()));
    assertThat(refused).isNotNull();
  }
}
