package org.habeas.statistics.view;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.habeas.statistics.charts.RegionMap;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Region;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names and numbers as the viewer reads them: messages, region and rule names, durations. */
@Component
class Labels {

  private final MessageSource messages;
  private final Facilities facilities;

  Labels(MessageSource messages, Facilities facilities) {
    this.messages = messages;
    this.facilities = facilities;
  }

  String msg(Locale l, String key, Object... args) {
    return Objects.requireNonNullElse(messages.getMessage(key, args, key, l), key);
  }

  String msgOr(Locale l, String key, String fallback) {
    return Objects.requireNonNullElse(messages.getMessage(key, null, fallback, l), fallback);
  }

  /** A region's name in the viewer's language. */
  String regionName(String code, Locale l) {
    return facilities.regions().stream()
        .filter(r -> r.code().equals(code))
        .map(r -> r.name(l))
        .findFirst()
        .orElseGet(() -> Objects.requireNonNullElse(RegionMap.name(code, l), code));
  }

  String ruleName(String rule, Locale l) {
    return Objects.requireNonNullElse(
        messages.getMessage("safeguards.rule." + rule, null, rule, l), rule);
  }

  List<Region> regions() {
    return facilities.regions();
  }

  List<Facility> facilities() {
    return facilities.all();
  }

  /** Facility names by id. */
  Map<String, String> facilityNames() {
    var names = new HashMap<String, String>();
    facilities.all().forEach(x -> names.put(x.id(), x.name()));
    return names;
  }

  /**
   * Minutes as hours and minutes in the viewer's language, e.g. {@code 5 сағ 03}; a dash if none.
   */
  String duration(@Nullable Double minutes, Locale l) {
    if (minutes == null) {
      return "—";
    }
    long m = Math.round(minutes);
    return msg(
        l, "stats.duration", Long.toString(m / 60), String.format(Locale.ROOT, "%02d", m % 60));
  }

  static String pct(@Nullable Double p) {
    return p == null ? "—" : Math.round(p) + " %";
  }

  static String pct(@Nullable Long p) {
    return p == null ? "—" : p + " %";
  }
}
