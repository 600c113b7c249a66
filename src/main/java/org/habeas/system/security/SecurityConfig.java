package org.habeas.system.security;

import org.habeas.system.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
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
 * Two doors: the JSON API (HTTP Basic or a personal bearer token, stateless, problem-detail errors)
 * and the pages (form sign-in with a session and CSRF protection).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  /** Paths anyone may read without signing in, on both doors. */
  static final String[] PUBLIC_PAGES = {
    "/login",
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
    "/training/certificates/verify",
    "/statistics/public",
    "/open-data"
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

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      ApiTokens tokens,
      UserDetailsService users,
      ProblemAuthenticationEntryPoint problems)
      throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.POST, "/api/v1/complaints")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/complaints/status/**",
                        "/api/v1/certificates/*",
                        "/api/v1/open-data/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .addFilterBefore(new BearerTokenFilter(tokens, users), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            a -> a.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
        // Logs sign witness requests; the public complaint form is anonymous and multipart (an
        // oversized upload must reach the form's own error, not a missing token).
        .csrf(c -> c.ignoringRequestMatchers("/ledger/witness/add-checkpoint", "/complaints/new"))
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll());
    return http.build();
  }
}
