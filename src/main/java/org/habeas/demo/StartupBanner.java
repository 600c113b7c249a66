package org.habeas.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.habeas.system.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started Habeas from a terminal what is happening: the address as soon as the web
 * server answers (before the demo data, which loads with its own progress lines), then, once the
 * application is ready, the framed banner with the address and, with demo data on, who can sign in.
 */
@Component
class StartupBanner {

  private final String baseUrl;
  private final boolean demo;

  StartupBanner(PublicAddress address, @Value("${habeas.demo.enabled:false}") boolean demo) {
    this.baseUrl = address.baseUrl();
    this.demo = demo;
  }

  /** The first line worth reading: the web server answers (the management server's is skipped). */
  @EventListener
  void serverUp(WebServerInitializedEvent event) {
    var namespace = event.getApplicationContext().getServerNamespace();
    if (namespace != null && !"server".equals(namespace)) {
      return;
    }
    var url = address(baseUrl, event.getWebServer().getPort());
    System.out.println(
        demo
            ? "Habeas answers at " + url + " (still starting: demo data, then the sign-ins)"
            : "Habeas answers at " + url);
  }

  /** The configured address, with the port the server really took when it was left to chance. */
  static String address(String baseUrl, int port) {
    return baseUrl.endsWith(":0") ? baseUrl.substring(0, baseUrl.length() - 1) + port : baseUrl;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void print() {
    System.out.println(text(baseUrl, demo ? DemoData.signIns() : List.of()));
  }

  /** The framed banner: the address, then the demo sign-ins if there are any. */
  static String text(String baseUrl, List<DemoData.SignIn> signIns) {
    var lines = new ArrayList<String>();
    lines.add("Habeas is running at " + baseUrl);
    lines.add("API documentation: " + baseUrl + "/swagger-ui.html");
    if (!signIns.isEmpty()) {
      lines.add("");
      lines.add(
          "Demo sign-ins (demo data only, never in production); password for all: "
              + DemoData.PASSWORD);
      lines.add("");
      lines.add(
          String.format(Locale.ROOT, "%-18s %-16s %-13s %s", "user", "role", "facility", "name"));
      for (var s : signIns) {
        lines.add(
            String.format(
                Locale.ROOT,
                "%-18s %-16s %-13s %s",
                s.username(),
                s.role().name(),
                s.facilityId() == null ? "-" : s.facilityId(),
                s.displayName()));
      }
    }
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    var rule = "=".repeat(width + 4);
    var out = new StringBuilder("\n").append(rule).append('\n');
    for (var line : lines) {
      out.append("  ").append(line).append('\n');
    }
    return out.append(rule).append('\n').toString();
  }
}
