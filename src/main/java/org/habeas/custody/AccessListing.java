package org.habeas.custody;

import java.util.List;
import java.util.Map;
import org.habeas.system.Actor;

/**
 * The records an actor may list, as an SQL condition, for {@link CustodyAccess#listCondition}: the
 * same decision as its {@code visibility}, through the access index.
 */
final class AccessListing {

  private final PartyKeys parties;

  AccessListing(PartyKeys parties) {
    this.parties = parties;
  }

  /**
   * The SQL condition (on custody_record_view v) and its parameters for the records listed: by the
   * access index {@code custody_party}, where people's names are kept as keyed hashes ({@link
   * PartyKeys}).
   */
  Map.Entry<String, Map<String, Object>> listCondition(Actor a) {
    return switch (a.role()) {
      case CUSTODY_OFFICER, DOCTOR ->
          Map.entry(
              named(Parties.FACILITY, ":facility"),
              Map.of("facility", parties.of(Parties.FACILITY, String.valueOf(a.facilityId()))));
      case INVESTIGATOR ->
          Map.entry(
              named(Parties.INTERROGATOR, "(:names)"),
              Map.of("names", indexKeysOf(a, Parties.INTERROGATOR)));
      case PROSECUTOR ->
          Map.entry("v.region_code = :region", Map.of("region", String.valueOf(a.regionCode())));
      case LAWYER ->
          Map.entry(
              named(Parties.LAWYER, "(:names)"), Map.of("names", indexKeysOf(a, Parties.LAWYER)));
      case MONITOR -> Map.entry("1 = 1", Map.of());
      case ADMIN, TRAINER, FOCAL_POINT -> Map.entry("1 = 0", Map.of());
    };
  }

  /** Records whose access index names one of the keys, as a party of the kind. */
  private static String named(String kind, String keys) {
    return "exists (select 1 from custody_party p where p.record_id = v.record_id and p.kind = '"
        + kind
        + "' and p.name_key "
        + (keys.startsWith("(") ? "in " : "= ")
        + keys
        + ")";
  }

  List<String> indexKeysOf(Actor a, String kind) {
    return AccessFacts.keysOf(a).stream().map(k -> parties.of(kind, k)).distinct().toList();
  }
}
