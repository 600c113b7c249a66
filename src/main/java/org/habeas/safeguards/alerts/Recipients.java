package org.habeas.safeguards.alerts;

import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is told of an alert by e-mail: the prosecutors of the facility's region and the monitors who
 * have an address, and the addresses a deployment routes each role's mail to.
 */
@Component
class Recipients {

  private final JdbcClient jdbc;
  private final AlertSettings settings;

  Recipients(JdbcClient jdbc, AlertSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** The addresses for an alert about a facility in the region, without duplicates. */
  List<String> mailFor(@Nullable String regionCode) {
    var to = new LinkedHashSet<String>();
    to.addAll(
        jdbc.sql(
                "select email from app_user where enabled and email is not null and email <> ''"
                    + " and ((role = 'PROSECUTOR' and region_code = ?) or role = 'MONITOR')"
                    + " order by role, username")
            .param(regionCode == null ? "" : regionCode)
            .query(String.class)
            .list());
    settings.mail().prosecutors().stream().filter(a -> !a.isBlank()).forEach(to::add);
    settings.mail().monitors().stream().filter(a -> !a.isBlank()).forEach(to::add);
    return List.copyOf(to.stream().map(String::strip).toList());
  }
}
