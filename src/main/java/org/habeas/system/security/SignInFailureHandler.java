package org.habeas.system.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed form sign-in: back to the form with the error, or when throttled 429 with {@code
 * Retry-After} and the form saying when to try again ({@code /login/throttled}).
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

  private final AuthenticationFailureHandler wrong =
      new SimpleUrlAuthenticationFailureHandler("/login?error");

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, ServletException {
    if (e instanceof SignInThrottled t) {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(t.retryAfterSeconds()));
      // What the sign-in page shows (request attributes are the page's variables).
      request.setAttribute("signInThrottledMinutes", t.minutes());
      request.setAttribute("signInThrottledUntil", t.until());
      request.getRequestDispatcher("/login/throttled").forward(request, response);
      return;
    }
    wrong.onAuthenticationFailure(request, response, e);
  }
}
