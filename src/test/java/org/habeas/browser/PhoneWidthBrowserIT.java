package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page at 390 px (issue 15, "nothing wider than the screen"): each GET page route of the
 * application, taken from its handler mapping so that a new page is walked without being listed
 * here, for each role's demo sign-in and anonymously; then the pages with an id in their path (a
 * record, a complaint, a visit, a recommendation, a training event…), with the first link to each
 * found on the pages walked. Fails, listing them all, on every page whose document is wider than
 * the viewport and on any 5xx. A page that is refused (403) or not there (404) is walked too: the
 * error page must fit as well.
 *
 * <p>{@code HABEAS_PHONE_SHOTS=all} keeps a screenshot of every page walked under {@code
 * target/screenshots/phone/}; otherwise only of those that overflow.
 */
// Layout, not storage: the suite's PostgreSQL run leaves this to the H2 run (the pages' data on
// PostgreSQL is walked by AccessMatrixTests and each role's browser test), keeping CI near 15 min.
@DisabledIfEnvironmentVariable(
    named = "HABEAS_TEST_DATABASE",
    matches = "postgresql",
    disabledReason = "layout is checked in the H2 run")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhoneWidthBrowserIT {

  /** One demo sign-in per role (README, "Demo sign-ins"); {@code null} is no sign-in. */
  private static final List<String> USERS =
      List.of(
          "officer",
          "officer-ew",
          "investigator",
          "doctor",
          "prosecutor",
          "lawyer",
          "monitor",
          "trainer",
          "focal-point",
          "admin");

  /** Paths that are not pages: the API, operations, downloads and what only redirects. */
  private static final Pattern NOT_A_PAGE =
      Pattern.compile(
          "^/(api|actuator|v3|swagger-ui|webjars|error|logout|language)(/.*)?$|^/swagger-ui\\.html$"
              + "|\\.(csv|pdf|json|png|jpg|svg|ico)$|/(pdf|documents|evidence|receipt)(/.*)?$"
              + "|^/ledger/(tile|checkpoint|vkey|proof)(/.*)?$|/[0-9a-f]{64}/checkpoint$");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void everyPageFitsA390PxPhone() throws Exception {
    var routes = pageRoutes();
    var fixed = routes.stream().filter(r -> !r.contains("{")).toList();
    var templated = routes.stream().filter(r -> r.contains("{")).toList();
    assertThat(fixed).contains("/custody/board", "/ledger", "/login");
    var refused = refusals();
    var problems = new ArrayList<String>();
    var walked = new int[1];
    try (var browser = BrowserSession.start(port, 1280, 1000)) {
      browser.phone();
      var all = new ArrayList<String>(USERS);
      all.add(null);
      for (var user : all) {
        browser.driver.manage().deleteAllCookies();
        if (user != null) {
          browser.signIn(user);
        }
        var who = user == null ? "anonymous" : user;
        var links = new LinkedHashSet<String>();
        boolean errorPageWalked = false;
        for (var path : fixed) {
          // A page the access matrix says this role is refused is the error page: walked once.
          if (refused.contains(who + " " + path)) {
            if (errorPageWalked || who.equals("anonymous")) {
              continue;
            }
            errorPageWalked = true;
          }
          walk(browser, who, path, links, problems);
          walked[0]++;
        }
        // Pages with an id: the first link to each found so far, then links found on those.
        var done = new TreeSet<String>();
        boolean found = true;
        while (found) {
          found = false;
          for (var route : templated) {
            if (done.contains(route)) {
              continue;
            }
            var pattern = regex(route);
            var hit =
                links.stream()
                    .filter(l -> !fixed.contains(l) && pattern.matcher(l).matches())
                    .findFirst();
            if (hit.isPresent()) {
              done.add(route);
              found = true;
              walk(browser, who, hit.get(), links, problems);
              walked[0]++;
            }
          }
        }
      }
      browser.desktop();
    }
    System.out.printf(Locale.ROOT, "PhoneWidthBrowserIT: %d pages walked%n", walked[0]);
    assertThat(problems).as("pages wider than a 390 px phone, or failing").isEmpty();
  }

  /** Loads one page; records an overflow or a 5xx, and the links on it. */
  private void walk(
      BrowserSession browser, String who, String path, Set<String> links, List<String> problems)
      throws Exception {
    browser.open(path);
    @SuppressWarnings("unchecked")
    var page =
        (Map<String, Object>)
            browser.script(
                """
                var nav = performance.getEntriesByType('navigation')[0];
                var view = window.innerWidth;
                var wide = [];
                if (document.documentElement.scrollWidth > view) {
                  document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > view + 1 && wide.length < 6) {
                      wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && e.className.baseVal === undefined && e.className
                          ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                        + ' ' + Math.round(r.right) + 'px');
                    }
                  });
                }
                return {
                  status: nav ? nav.responseStatus : 0,
                  type: document.contentType,
                  path: location.pathname,
                  width: document.documentElement.scrollWidth,
                  view: view,
                  wide: wide.join(', '),
                  links: Array.from(document.querySelectorAll('a[href]'))
                    .filter(function (a) { return a.host === location.host; })
                    .map(function (a) { return a.pathname; })
                };
                """);
    long status = ((Number) page.get("status")).longValue();
    if (status >= 500) {
      problems.add(who + " " + path + ": answered " + status);
    }
    if (!"text/html".equals(page.get("type"))) {
      return;
    }
    if (who.equals("anonymous") && "/login".equals(page.get("path")) && !path.equals("/login")) {
      return; // a page that needs a sign-in
    }
    @SuppressWarnings("unchecked")
    var found = (List<String>) page.get("links");
    found.stream().filter(l -> !NOT_A_PAGE.matcher(l).find()).forEach(links::add);
    long width = ((Number) page.get("width")).longValue();
    long view = ((Number) page.get("view")).longValue();
    boolean wide = width > view;
    if (wide) {
      problems.add(
          String.format(Locale.ROOT, "%s %s: %d px wide (%s)", who, path, width, page.get("wide")));
    }
    if (wide || "all".equals(System.getenv("HABEAS_PHONE_SHOTS"))) {
      var name = (who + path).replaceAll("[^A-Za-z0-9-]+", "_");
      browser.fullPageShot("phone/" + name + ".png");
    }
  }

  /**
   * "user /path" for each page route that the access matrix ({@code security/access-matrix.md},
   * kept true by {@code AccessMatrixTests}) says refuses that user: 401, 403, 404 or a redirect to
   * sign-in. Walking them all would show the same error page again and again.
   */
  private static Set<String> refusals() throws Exception {
    var lines =
        Files.readAllLines(
            Path.of("src/test/resources/security/access-matrix.md"), StandardCharsets.UTF_8);
    List<String> columns = List.of();
    var out = new HashSet<String>();
    for (var line : lines) {
      if (!line.startsWith("|")) {
        continue;
      }
      var cells = List.of(line.split("\\|", -1)).stream().map(String::strip).toList();
      if (cells.size() > 2 && cells.get(1).equals("route")) {
        columns = cells;
        continue;
      }
      if (columns.isEmpty() || cells.size() != columns.size() || !cells.get(1).startsWith("GET ")) {
        continue;
      }
      if (!cells.get(2).equals("-")) {
        continue;
      }
      var path = cells.get(1).substring(4);
      for (int i = 3; i < cells.size(); i++) {
        var answer = cells.get(i).split("\\s+")[0];
        if (Set.of("401", "403", "404", "login", "login/401").contains(answer)) {
          out.add(columns.get(i) + " " + path);
        }
      }
    }
    return out;
  }

  /** The GET routes that answer pages (not the API, downloads or redirects), as patterns. */
  private List<String> pageRoutes() {
    var mapping =
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    var routes = new TreeSet<String>();
    mapping
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              var type = method.getBeanType().getName();
              if (type.startsWith("org.springframework.") || type.startsWith("org.springdoc.")) {
                return;
              }
              var verbs = info.getMethodsCondition().getMethods();
              if (!verbs.isEmpty() && !verbs.contains(RequestMethod.GET)) {
                return;
              }
              var produces = info.getProducesCondition().getProducibleMediaTypes();
              if (!produces.isEmpty()
                  && produces.stream().noneMatch(m -> m.isCompatibleWith(MediaType.TEXT_HTML))) {
                return;
              }
              for (var pattern : info.getPatternValues()) {
                if (!NOT_A_PAGE.matcher(pattern).find()) {
                  routes.add(pattern);
                }
              }
            });
    return List.copyOf(routes);
  }

  /** A route pattern as a regular expression over paths: {@code /custody/{id}} → a path. */
  static Pattern regex(String route) {
    var out = new StringBuilder("^");
    var variable = Pattern.compile("\\{(\\*)?[A-Za-z0-9_]+(?::((?:[^{}]|\\{[^{}]*\\})+))?\\}");
    var m = variable.matcher(route);
    int last = 0;
    while (m.find()) {
      out.append(Pattern.quote(route.substring(last, m.start())));
      if (m.group(1) != null) {
        out.append(".+");
      } else if (m.group(2) != null) {
        out.append("(?:").append(m.group(2)).append(")");
      } else {
        out.append("[^/]+");
      }
      last = m.end();
    }
    out.append(Pattern.quote(route.substring(last))).append("$");
    return Pattern.compile(out.toString());
  }
}
