package org.habeas.security;

import com.jayway.jsonpath.JsonPath;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route Habeas answers, as "METHOD /path/{variable}": the handler methods of its controllers
 * (the pages and the API, springdoc's own included), the operations of the OpenAPI document, and
 * the actuator's endpoints. Spring Boot's error controller is left out: it only renders other
 * errors.
 */
final class Routes {

  private Routes() {}

  /** The routes of the controllers, by the handler mapping the dispatcher uses. */
  static SortedSet<String> handlers(ApplicationContext context) {
    var mapping =
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    var routes = new TreeSet<String>();
    mapping
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (method.getBeanType().getName().startsWith("org.springframework.boot.")) {
                return;
              }
              for (var verb : info.getMethodsCondition().getMethods()) {
                for (var pattern : info.getPatternValues()) {
                  routes.add(verb.name() + " " + normalise(pattern));
                }
              }
            });
    return routes;
  }

  /** The operations of the OpenAPI document ({@code /v3/api-docs}). */
  static SortedSet<String> openApi(String document) {
    Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
    var routes = new TreeSet<String>();
    paths.forEach(
        (path, operations) ->
            operations.keySet().stream()
                .filter(k -> k.matches("get|put|post|delete|patch|head|options"))
                .forEach(k -> routes.add(k.toUpperCase(Locale.ROOT) + " " + normalise(path))));
    return routes;
  }

  /**
   * The actuator's endpoints as the web exposes them, with the discovery page and health groups.
   */
  static SortedSet<String> actuator(ApplicationContext context) {
    var endpoints = context.getBean(PathMappedEndpoints.class);
    var base = endpoints.getBasePath();
    var routes = new TreeSet<String>();
    routes.add("GET " + base);
    for (var root : endpoints.getAllRootPaths()) {
      routes.add("GET " + base + "/" + root);
      if (root.equals("health")) {
        routes.add("GET " + base + "/health/{*path}");
      }
    }
    return routes;
  }

  /**
   * A pattern without the regular expressions of its variables: {@code {id:[0-9a-f-]{36}}→{id}}.
   */
  static String normalise(String pattern) {
    var out = new StringBuilder();
    int depth = 0;
    boolean skipping = false;
    for (char ch : pattern.toCharArray()) {
      if (ch == '{') {
        depth++;
        if (depth == 1) {
          out.append(ch);
          continue;
        }
      } else if (ch == '}') {
        depth--;
        if (depth == 0) {
          skipping = false;
          out.append(ch);
          continue;
        }
      } else if (ch == ':' && depth == 1) {
        skipping = true;
        continue;
      }
      if (!skipping) {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
