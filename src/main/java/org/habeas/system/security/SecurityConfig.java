package org.habeas.system.security;

import org.habeas.system.ApiTokens;
import org.habeas.system.Role;
import org.habeas.system.SignIns;
import org.habeas.system.SignIns.Channel;
import org.habeas.system.web.ContentSecurityPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two doors: the JSON API with the operations endpoints (HTTP Basic or a personal bearer token,
 * stateless, problem-detail errors) and the pages (form sign-in with a session and CSRF
 * protection). Password sign-in on both is throttled and audited ({@link ThrottledSignIn}); every
 * answer carries the Content-Security-Policy.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  /** Paths anyone may read without signing in, on both doors. */
  static final String[] PUBLIC_PAGES = {
    "/",
    "/login",
    "/login/throttled",
    "/language",
    "/webjars/**",
    "/css/**",
    "/js/**",
    "/img/**",
    "/favicon.ico",
    "/error",
    "/actuator/health/**",
    "/actuator/info",
    "/v3/api-docs/**",
    "/swagger-ui/**",
    "/swagger-ui.html",
    "/ledger/**",
    "/public/**",
    "/complaints/new",
    "/complaints/status",
    "/complaints/lodged",
    "/detention-reports/new",
    "/detention-reports/made",
    "/detention-reports/status",
    "/lookup",
    "/training/certificates/verify",
    "/statistics/public",
    "/open-data",
    // The field app's files (the page /field itself needs a sign-in): a manifest is fetched
    // without cookies, and a service worker's update must not be turned into a sign-in page.
    "/field/app/**",
    "/field/sw.js",
    "/field/manifest.webmanifest"
  };

  /**
   * No observation per security filter and per authorization decision: under load they cost about a
   * sixth of the CPU of an API write (JFR, docs/performance.md). Requests are still observed as a
   * whole ({@code http.server.requests}), and denials still reach the log and the problem details.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** The password check behind both doors: the users' table and its hashes. */
  private static DaoAuthenticationProvider passwords(
      UserDetailsService users, PasswordEncoder encoder) {
    var provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(encoder);
    return provider;
  }

  private static AuthenticationManager signIn(
      UserDetailsService users,
      PasswordEncoder encoder,
      SignInThrottle throttle,
      SignIns audit,
      Channel channel) {
    return new ProviderManager(
        new ThrottledSignIn(passwords(users, encoder), throttle, audit, channel));
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      ApiTokens tokens,
      UserDetailsService users,
      PasswordEncoder encoder,
      SignInThrottle throttle,
      SignIns audit,
      ProblemAuthenticationEntryPoint problems)
      throws Exception {
    http.securityMatcher("/api/**", "/actuator/**")
        .authenticationManager(signIn(users, encoder, throttle, audit, Channel.BASIC))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/actuator/health/**", "/actuator/info")
                    .permitAll()
                    // Metrics describe the whole deployment: administrators (and their scraper).
                    .requestMatchers("/actuator/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/complaints",
                        "/api/v1/detention-reports",
                        "/api/v1/detention-reports/status",
                        // A field capture: the device key's signature is its authentication.
                        "/api/v1/field-registrations")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/complaints/status/**",
                        "/api/v1/certificates/*",
                        "/api/v1/open-data/**",
                        // The family's lookup (issue 19); a lawyer signs in to ask as one.
                        "/api/v1/detention-lookup",
                        // What the public portal shows (docs/design/product.md); signed in,
                        // the caller's list.
                        "/api/v1/recommendations")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(ContentSecurityPolicy.VALUE)))
        .addFilterBefore(
            new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(
      HttpSecurity http,
      UserDetailsService users,
      PasswordEncoder encoder,
      SignInThrottle throttle,
      SignIns audit)
      throws Exception {
    http.authenticationManager(signIn(users, encoder, throttle, audit, Channel.FORM))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(PUBLIC_PAGES)
                    .permitAll()
                    // Should a path reach this door rather than the API's, still administrators.
                    .requestMatchers("/actuator/**")
                    .hasRole(Role.ADMIN.name())
                    .anyRequest()
                    .authenticated())
        // Logs sign witness requests; the public complaint form is anonymous and multipart (an
        // oversized upload must reach the form's own error, not a missing token).
        .csrf(c -> c.ignoringRequestMatchers("/ledger/witness/add-checkpoint", "/complaints/new"))
        .formLogin(
            f ->
                f.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(new SignInFailureHandler())
                    .permitAll())
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(ContentSecurityPolicy.VALUE)))
        .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll());
    return http.build();
  }
}
