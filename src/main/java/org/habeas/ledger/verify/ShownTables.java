package org.habeas.ledger.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tables the pages show beside each logged stream, and how to read them: which stream a row
 * belongs to, what tells its rows apart, which columns are compared.
 */
final class ShownTables {

  /** A complaint's words and names, compared through the digest its lodging commits to. */
  static final String INTAKE = "intake (narrative, names, contact, place, against, injuries)";

  /** The case-file tables, by the kind the timeline names. */
  static final Map<String, String> CASE_FILE =
      Map.ofEntries(
          Map.entry("acts", "casefile_act"),
          Map.entry("victims", "casefile_victim"),
          Map.entry("perpetrators", "casefile_perpetrator"),
          Map.entry("involvements", "casefile_involvement"),
          Map.entry("sources", "casefile_source"),
          Map.entry("links", "casefile_link"),
          Map.entry("examinations", "ip_examination"),
          Map.entry("conditions", "ip_conditions"),
          Map.entry("interviews", "ip_interview"),
          Map.entry("findings", "ip_finding"),
          Map.entry("interpretations", "ip_interpretation"));

  /**
   * A table the pages show: the logged stream a row belongs to ({@code stream}, an expression over
   * {@code from}), what tells its rows apart within the stream ({@code key}, or {@code null}: then
   * they are matched as a multiset), and the columns compared.
   */
  record Table(String name, String stream, String key, String columns, String from) {

    /** The rows of some streams, as {@code stream}, {@code row_key} and the columns. */
    String select(int streams) {
      return "select "
          + stream
          + " stream, "
          + key
          + " row_key"
          + (columns.isEmpty() ? "" : ", " + columns)
          + " from "
          + from
          + " where "
          + stream
          + " in ("
          + "?, ".repeat(streams - 1)
          + "?) order by 1";
    }

    /** The streams with rows here and no logged event at all. */
    String orphans() {
      return "select distinct "
          + stream
          + " from "
          + from
          + " where "
          + stream
          + " is not null"
          + " and not exists (select 1 from custody_event x where x.record_id = "
          + stream
          + ") and not exists (select 1 from complaint_entry x where x.complaint_id = "
          + stream
          + ") and not exists (select 1 from mon_event x where x.stream_id = "
          + stream
          + ") order by 1";
    }
  }

  /** Every table checked. */
  static final List<Table> ALL = tables();

  private ShownTables() {}

  private static List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    tables.add(
        new Table(
            "custody_record",
            "t.id",
            "t.id",
            "jurisdiction, opened_at, opened_by",
            "custody_record t"));
    tables.add(
        new Table(
            "complaint",
            "t.id",
            "t.id",
            "reference, source, complainant_role, complainant_name, victim_name,"
                + " contact_preference, contact, narrative, place, facility_id, incident_date,"
                + " against, injuries, still_held, custody_record_id, custody_seq, lodged_at,"
                + " lodged_by, language",
            "complaint t"));
    tables.add(
        new Table(
            "complaint_attachment",
            "t.complaint_id",
            "t.id",
            "seq, filename, media_type, size_bytes, sha256, content, added_at, added_by",
            "complaint_attachment t"));
    for (String table : new TreeSet<>(CASE_FILE.values())) {
      tables.add(
          new Table(
              table,
              "c.complaint_id",
              "cast(c.item_id as varchar(36)) || '/' || cast(c.revision as varchar(11))",
              "c.*",
              table + " c"));
    }
    tables.add(
        new Table(
            "mon_visit",
            "t.id",
            "t.id",
            "facility_id, visit_date, announced, made, purpose, created_at, created_by",
            "mon_visit t"));
    tables.add(new Table("mon_visit_member", "t.visit_id", "t.username", "", "mon_visit_member t"));
    tables.add(
        new Table(
            "mon_answer",
            "t.visit_id",
            "null",
            "item, answer, note, answered_at, answered_by",
            "mon_answer t"));
    tables.add(
        new Table(
            "mon_sample",
            "t.visit_id",
            "t.record_id",
            "position, seed, period_from, period_to, drawn_at, drawn_by",
            "mon_sample t"));
    tables.add(
        new Table(
            "mon_finding",
            "t.visit_id",
            "t.id",
            "facility_id, text, severity, record_id, camera_id, complaint_id, recorded_at,"
                + " recorded_by",
            "mon_finding t"));
    tables.add(
        new Table(
            "mon_interview",
            "t.visit_id",
            "t.id",
            "notes, interviewed_at, recorded_by",
            "mon_interview t"));
    tables.add(
        new Table(
            "mon_complaint_link",
            "i.visit_id",
            "l.interview_id || ' ' || l.complaint_id",
            "l.linked_at, l.linked_by",
            "mon_complaint_link l join mon_interview i on i.id = l.interview_id"));
    tables.add(
        new Table(
            "mon_evidence",
            "coalesce(f.visit_id, p.rec_id)",
            "null",
            "coalesce('finding ' || e.finding_id, 'progress ' || e.progress_id) owner,"
                + " e.file_name, e.media_type, e.size_bytes, e.sha256, e.content, e.added_at,"
                + " e.added_by",
            "mon_evidence e left join mon_finding f on f.id = e.finding_id"
                + " left join mon_progress p on p.id = e.progress_id"));
    tables.add(
        new Table(
            "mon_recommendation",
            "t.id",
            "t.id",
            "source, source_document, paragraph, text_en, text_ru, text_kk, agency, deadline,"
                + " theme, affected_group, sdg_targets, facility_id, finding_id, issued_on,"
                + " created_at, created_by",
            "mon_recommendation t"));
    tables.add(
        new Table(
            "mon_rec_status",
            "t.rec_id",
            "null",
            "status, note, changed_at, changed_by",
            "mon_rec_status t"));
    tables.add(
        new Table(
            "mon_progress",
            "t.rec_id",
            "t.id",
            "actions_planned, actions_taken, proposed_status, reported_at, reported_by",
            "mon_progress t"));
    tables.add(
        new Table(
            "mon_progress_review",
            "p.rec_id",
            "r.progress_id",
            "r.accepted, r.note, r.reviewed_at, r.reviewed_by",
            "mon_progress_review r join mon_progress p on p.id = r.progress_id"));
    tables.add(
        new Table(
            "mon_verification",
            "t.rec_id",
            "null",
            "visit_id, verdict, note, verified_at, verified_by",
            "mon_verification t"));
    tables.add(
        new Table(
            "mon_camera",
            "t.id",
            "t.id",
            "facility_id, room_kind, label, added_at, added_by",
            "mon_camera t"));
    tables.add(
        new Table(
            "mon_camera_check",
            "t.camera_id",
            "null",
            "status, retention_days, visit_id, note, checked_at, checked_by",
            "mon_camera_check t"));
    return List.copyOf(tables);
  }
}
