package org.habeas.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403, 429 and 503 on the API as RFC 9457 problem details, in the caller's language: 429 with
 * {@code Retry-After} when sign-in is throttled.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final MessageSource messages;
  private final JsonMapper json;

  ProblemAuthenticationEntryPoint(MessageSource messages, JsonMapper json) {
    this.messages = messages;
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof SignInThrottled t) {
      response.setHeader("Retry-After", String.valueOf(t.retryAfterSeconds()));
      write(response, 429, "problem.signInThrottled", "signIn.throttled", t.minutes());
      return;
    }
    if (e instanceof AuthenticationServiceException) {
      // The credentials could not be checked (the user store is down): a client must retry, not
      // conclude that its password is wrong.
      response.setHeader("Retry-After", "5");
      write(response, 503, "problem.signInUnavailable", null);
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"habeas\", Bearer");
    write(response, 401, "problem.unauthorized", null);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, 403, "problem.forbidden", null);
  }

  /** Writes a problem: the title by {@code code}, the detail (if any) by {@code detailCode}. */
  void write(
      HttpServletResponse response,
      int status,
      String code,
      @Nullable String detailCode,
      Object... args)
      throws IOException {
    var locale = LocaleContextHolder.getLocale();
    var problem = new LinkedHashMap<String, Object>();
    problem.put("type", "urn:habeas:problem:" + code);
    problem.put("title", messages.getMessage(code, args, code, locale));
    problem.put("status", status);
    if (detailCode != null) {
      problem.put("detail", messages.getMessage(detailCode, args, detailCode, locale));
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8);
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
