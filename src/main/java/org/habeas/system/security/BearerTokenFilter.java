package org.habeas.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.habeas.system.Actor;
import org.habeas.system.ApiTokens;
import org.habeas.system.ApiTokens.Bearer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer hb_…} with a user's personal API token. An expired
 * token is refused with 401 and a problem that says so, even where no sign-in is needed: the client
 * meant to act as someone, and should learn that it no longer can.
 *
 * <p>Tokens are not throttled as passwords are: a token is 256 random bits, not guessable.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final ApiTokens tokens;
  private final UserDetailsService users;
  private final ProblemAuthenticationEntryPoint problems;

  BearerTokenFilter(
      ApiTokens tokens, UserDetailsService users, ProblemAuthenticationEntryPoint problems) {
    this.tokens = tokens;
    this.users = users;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      switch (tokens.bearer(header.substring(7).trim())) {
        case Bearer.Acting(Actor actor) -> {
          // The token and its user in one read, kept briefly (ApiTokens.bearer): no
          // UserDetailsService, and CurrentActor finds the actor remembered for the request.
          var auth =
              UsernamePasswordAuthenticationToken.authenticated(
                  actor.username(),
                  null,
                  List.of(new SimpleGrantedAuthority(actor.role().authority())));
          var context = SecurityContextHolder.createEmptyContext();
          context.setAuthentication(auth);
          SecurityContextHolder.setContext(context);
        }
        case Bearer.Disabled(String owner) -> {
          // As before: the user details service refuses a user who cannot sign in.
          users.loadUserByUsername(owner);
        }
        case Bearer.Expired(var at) -> {
          response.setHeader(
              "WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"expired\"");
          problems.write(
              response, 401, "problem.tokenExpired", "problem.tokenExpired.detail", DAY.format(at));
          return;
        }
        case Bearer.Unknown() -> {
          // Not signed in: a protected path answers 401 (the entry point), a public one serves.
        }
      }
    }
    chain.doFilter(request, response);
  }
}
