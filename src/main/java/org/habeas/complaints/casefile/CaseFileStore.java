package org.habeas.complaints.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only tables of the case file: insert a revision, read a complaint's revisions. */
@Component
class CaseFileStore {

  private final JdbcClient jdbc;

  CaseFileStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Appends a revision; a concurrent revision of the same number fails on the unique key. */
  void insert(UUID complaintId, Entry e) {
    var fields = e.kind().fields();
    var columns =
        "complaint_id, item_id, revision, withdrawn, reason, recorded_by, recorded_at, "
            + fields.stream().map(Field::column).collect(Collectors.joining(", "));
    var marks = String.join(", ", Collections.nCopies(7 + fields.size(), "?"));
    var params = new ArrayList<Object>();
    params.add(complaintId.toString());
    params.add(e.itemId());
    params.add(e.revision());
    params.add(e.withdrawn());
    params.add(e.reason());
    params.add(e.recordedBy());
    params.add(Timestamp.from(e.recordedAt()));
    for (var f : fields) {
      params.add(e.get(f.name()));
    }
    jdbc.sql("insert into " + e.kind().table() + " (" + columns + ") values (" + marks + ")")
        .params(params)
        .update();
  }

  /** Every revision of the given kinds for a complaint, in the order stored. */
  List<Entry> load(UUID complaintId, List<Kind> kinds) {
    var all = new ArrayList<Entry>();
    for (var kind : kinds) {
      all.addAll(
          jdbc.sql("select * from " + kind.table() + " where complaint_id = ? order by id")
              .param(complaintId.toString())
              .query((rs, i) -> row(kind, rs))
              .list());
    }
    return all;
  }

  private static Entry row(Kind kind, ResultSet rs) throws SQLException {
    var values = new LinkedHashMap<String, Object>();
    for (var f : kind.fields()) {
      Object v =
          switch (f.type()) {
            case DATE -> rs.getObject(f.column(), LocalDate.class);
            case YES_NO -> rs.getObject(f.column(), Boolean.class);
            case REF -> rs.getObject(f.column(), UUID.class);
            default -> rs.getString(f.column());
          };
      if (v != null) {
        values.put(f.name(), v);
      }
    }
    return new Entry(
        kind,
        rs.getObject("item_id", UUID.class),
        rs.getInt("revision"),
        rs.getBoolean("withdrawn"),
        rs.getString("reason"),
        rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant(),
        values);
  }
}
