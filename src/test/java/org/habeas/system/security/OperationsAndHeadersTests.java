package org.habeas.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Part of finding 9 of issue 14: the metrics are for administrators only, every answer carries a
 * strict Content-Security-Policy that no page needs to break, and the session cookie is HttpOnly
 * and SameSite.
 */
@IntegrationTest
class OperationsAndHeadersTests {

  private static final String PASSWORD = "habeas-demo";

  @Autowired MockMvc mvc;
  @Autowired Environment environment;

  @Test
  void onlyAdministratorsReadTheMetricsAndHealthStaysPublic() throws Exception {
    mvc.perform(get("/actuator/prometheus").with(user("monitor").roles("MONITOR")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus").with(httpBasic("officer", PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isOk());
    mvc.perform(get(URI.create("/%61ctuator/prometheus")).with(user("monitor").roles("MONITOR")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
  }

  @Test
  void everyAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
    var script = containsString("script-src 'self';");
    mvc.perform(get("/login"))
        .andExpect(header().string("Content-Security-Policy", script))
        .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
        .andExpect(
            header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
    mvc.perform(get("/public/recommendations"))
        .andExpect(header().string("Content-Security-Policy", script));
    mvc.perform(get("/api/v1/me").with(httpBasic("officer", PASSWORD)))
        .andExpect(header().string("Content-Security-Policy", script))
        .andExpect(header().string("Content-Security-Policy", not(containsString("eval"))));
  }

  /** What the policy forbids must not be in the pages: no inline script, no event handlers. */
  @Test
  void noTemplateHasAnInlineScriptOrAnEventHandler() throws IOException {
    var inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    var handler = Pattern.compile("[\\s:]on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    var javascriptUrl = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
    try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
      var offending =
          files
              .filter(f -> f.toString().endsWith(".html"))
              .filter(
                  f -> {
                    try {
                      var html = Files.readString(f);
                      return inlineScript.matcher(html).find()
                          || handler.matcher(html).find()
                          || javascriptUrl.matcher(html).find();
                    } catch (IOException e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .toList();
      assertThat(offending).isEmpty();
    }
  }

  /**
   * The session cookie as Tomcat sends it under this application's settings: MockMvc makes no
   * cookie, so a Tomcat is started with the session settings bound from this context.
   */
  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    var server = Binder.get(environment).bind("server", ServerProperties.class).get();
    var factory = new TomcatServletWebServerFactory(0);
    factory.setSession(server.getServlet().getSession());
    var web =
        factory.getWebServer(
            context ->
                context
                    .addServlet(
                        "session",
                        new jakarta.servlet.http.HttpServlet() {
                          @Override
                          protected void doGet(
                              jakarta.servlet.http.HttpServletRequest request,
                              jakarta.servlet.http.HttpServletResponse response) {
                            request.getSession(true);
                          }
                        })
                    .addMapping("/"));
    web.start();
    try {
      var response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.getPort() + "/"))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      var cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");
      assertThat(cookie).as("plain http, no secure-cookie setting").doesNotContain("Secure");
    } finally {
      web.stop();
    }
  }
}
