package org.habeas.safeguards.yaml;

import java.util.List;
import org.habeas.safeguards.RuleKind;

/** The keys each kind of rule takes in a profile document, so that any other key is refused. */
final class KindKeys {

  private KindKeys() {}

  /** The keys a rule of the kind takes besides those every rule has. */
  static List<String> keys(RuleKind kind) {
    return switch (kind) {
      case DEADLINE ->
          List.of(
              "from",
              "each",
              "metBy",
              "limit",
              "variants",
              "measuredFrom",
              "extension",
              "delays",
              "survivesRelease",
              "clock",
              "countedIn",
              "failedBy");
      case ABSOLUTE_MAX -> List.of("from", "metBy", "limit", "variants");
      case BEFORE_FIRST_QUESTIONING -> List.of("metBy", "from", "limit");
      case EVERY_QUESTIONING -> List.of("requires", "waiver", "excusedByDelay");
      case CONTINUOUS_MAX -> List.of("limit", "variants", "minBreak");
      case PER_DAY_TOTAL -> List.of("limit", "variants");
      case NIGHT_WINDOW -> List.of("window", "urgencyWaives");
      case PERIODIC -> List.of("from", "metBy", "limit", "variants", "pausedBy");
      case REST_PERIOD -> List.of("from", "period", "rest", "interruptedBy");
      case EXTENSION ->
          List.of("extends", "ranks", "requires", "notInvolved", "upTo", "before", "afterReviews");
      case DELAY_AUTHORISATION -> List.of("right", "ranks", "requires", "notInvolved");
      case FORBIDDEN_AFTER -> List.of("after", "forbids", "liftedBy");
    };
  }
}
