package org.habeas.monitoring;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The codes recommendations are described by; each shows as message {@code monitoring.source.*},
 * {@code monitoring.agency.*}, {@code monitoring.theme.*}, {@code monitoring.group.*}.
 */
public final class Vocabulary {

  /** Who made the recommendation. */
  public static final List<String> SOURCES =
      List.of("visit", "commission", "npm", "cpt", "venice", "cat", "spt", "upr", "echr");

  /** The agencies recommendations are addressed to. */
  public static final List<String> AGENCIES =
      List.of("interior", "prosecutor-general", "justice", "supreme-court", "health", "parliament");

  public static final List<String> THEMES =
      List.of(
          "safeguards",
          "registration",
          "ill-treatment",
          "investigation",
          "conditions",
          "medical",
          "video",
          "legislation",
          "training");

  public static final List<String> GROUPS =
      List.of("all", "juveniles", "women", "foreigners", "disabilities");

  /** Severity of a finding. */
  public static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

  /** SDG 16 targets, e.g. {@code 16.3} or {@code 16.a}, comma-separated. */
  public static final Pattern SDG = Pattern.compile("16\\.(?:[1-9]|10|a|b)");

  private Vocabulary() {}

  /** Whether every comma-separated target is an SDG 16 target. */
  public static boolean sdgTargets(String targets) {
    for (var t : targets.split(",")) {
      if (!SDG.matcher(t.strip()).matches()) {
        return false;
      }
    }
    return true;
  }
}
