package org.habeas.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sign-in whose user store is down (the database cut off) is "try again", not "wrong password":
 * the crash test saw a valid officer get 401 right after its connections were terminated.
 */
class SignInUnavailableTest {

  private final ProblemAuthenticationEntryPoint entryPoint =
      new ProblemAuthenticationEntryPoint(new StaticMessageSource(), JsonMapper.builder().build());

  @Test
  void aUserStoreThatCannotAnswerIs503WithRetryAfter() throws Exception {
    var response = new MockHttpServletResponse();

    entryPoint.commence(
        new MockHttpServletRequest(),
        response,
        new InternalAuthenticationServiceException("connection terminated"));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentAsString()).contains("problem.signInUnavailable");
  }

  @Test
  void aWrongPasswordIsStill401() throws Exception {
    var response = new MockHttpServletResponse();

    entryPoint.commence(
        new MockHttpServletRequest(), response, new BadCredentialsException("bad credentials"));

    assertThat(response.getStatus()).isEqualTo(401);
  }
}
