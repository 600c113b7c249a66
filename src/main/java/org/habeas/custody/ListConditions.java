package org.habeas.custody;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.habeas.system.Actor;
import org.springframework.stereotype.Component;

/**
 * The SQL condition (on {@code custody_record_view v}) and its parameters for the records a list
 * shows: those the actor may list ({@link CustodyAccess#listCondition}), narrowed by the filter.
 */
@Component
class ListConditions {

  private static final String SEARCH =
      """
      (v.record_id like :searchNumber or exists (select 1 from custody_party s where \
      s.record_id = v.record_id and ((s.kind = :personKind and s.name_key = :personKey) \
      or (s.kind = :iinKind and s.name_key = :iinKey))))""";

  private final CustodyAccess access;
  private final PartyKeys keys;

  ListConditions(CustodyAccess access, PartyKeys keys) {
    this.access = access;
    this.keys = keys;
  }

  Map.Entry<String, Map<String, Object>> of(Actor a, RecordFilter f) {
    var allowed = access.listCondition(a);
    var where = new StringBuilder(allowed.getKey());
    var params = new HashMap<String, Object>(allowed.getValue());
    if (f.facilityId() != null) {
      where.append(" and v.facility_id = :filterFacility");
      params.put("filterFacility", f.facilityId());
    }
    if (f.status() == RecordStatus.OPEN) {
      // Open means held: in police custody, or on remand at the prison continuing the record.
      where.append(" and v.status in (:status, :inRemand)");
      params.put("status", f.status().name());
      params.put("inRemand", RecordStatus.REMANDED.name());
    } else if (f.status() != null) {
      where.append(" and v.status = :status");
      params.put("status", f.status().name());
    }
    if (f.juvenile() != null) {
      where.append(" and v.juvenile = :juvenile");
      params.put("juvenile", f.juvenile());
    }
    if (f.apprehendedFrom() != null) {
      where.append(" and v.apprehended_at >= :apprehendedFrom");
      params.put("apprehendedFrom", Timestamp.from(f.apprehendedFrom()));
    }
    if (f.apprehendedTo() != null) {
      where.append(" and v.apprehended_at < :apprehendedTo");
      params.put("apprehendedTo", Timestamp.from(f.apprehendedTo()));
    }
    var search = f.search() == null ? "" : f.search().strip();
    if (!search.isEmpty()) {
      // Names and IINs are found through their keyed hashes in the access index (never in clear),
      // the record by the start of its id or its pseudonym D-XXXXXXXX.
      var number = search.toLowerCase(Locale.ROOT);
      number = number.startsWith("d-") ? number.substring(2) : number;
      where.append(" and ").append(SEARCH);
      params.put("searchNumber", number.replace("%", "").replace("_", "") + "%");
      params.put("personKind", Parties.PERSON);
      params.put("personKey", keys.of(Parties.PERSON, search));
      params.put("iinKind", Parties.NATIONAL_ID);
      params.put("iinKey", keys.of(Parties.NATIONAL_ID, search));
    }
    return Map.entry(where.toString(), params);
  }
}
