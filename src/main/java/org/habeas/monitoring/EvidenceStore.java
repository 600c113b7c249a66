package org.habeas.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evidence files stored with findings and with progress reports on recommendations. */
@Repository
class EvidenceStore {

  private static final String INSERT_EVIDENCE =
      """
      insert into mon_evidence (id, finding_id, progress_id, media_type, file_name, size_bytes,
        sha256, content, added_at, added_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String OF_FINDING =
      """
      select id, media_type, file_name, size_bytes, sha256 from mon_evidence
      where finding_id = ? order by added_at, id""";

  private static final String OF_PROGRESS =
      """
      select id, media_type, file_name, size_bytes, sha256 from mon_evidence
      where progress_id = ? order by added_at, id""";

  private static final String EVIDENCE = "select * from mon_evidence where id = ?";

  /** A stored file with the progress report it belongs to, if it belongs to one. */
  record Stored(Evidence.EvidenceFile file, @Nullable String progressId) {}

  private final JdbcClient jdbc;

  EvidenceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      @Nullable String findingId,
      @Nullable String progressId,
      EvidenceFiles.Checked c,
      Instant at,
      String by) {
    jdbc.sql(INSERT_EVIDENCE)
        .params(
            Arrays.<@Nullable Object>asList(
                UUID.randomUUID().toString(),
                findingId,
                progressId,
                c.mediaType(),
                c.fileName(),
                c.content().length,
                c.sha256(),
                c.content(),
                Timestamp.from(at),
                by))
        .update();
  }

  List<Finding.Evidence> ofFinding(String findingId) {
    return described(OF_FINDING, findingId);
  }

  List<Finding.Evidence> ofProgress(String progressId) {
    return described(OF_PROGRESS, progressId);
  }

  private List<Finding.Evidence> described(String sql, String ownerId) {
    return jdbc.sql(sql)
        .param(ownerId)
        .query(
            (e, j) ->
                new Finding.Evidence(
                    e.getString("id"),
                    e.getString("media_type"),
                    e.getString("file_name"),
                    e.getInt("size_bytes"),
                    e.getString("sha256")))
        .list();
  }

  Optional<Stored> find(String id) {
    return jdbc.sql(EVIDENCE)
        .param(id)
        .query(
            (rs, i) ->
                new Stored(
                    new Evidence.EvidenceFile(
                        rs.getString("media_type"),
                        rs.getString("file_name"),
                        rs.getBytes("content")),
                    rs.getString("progress_id")))
        .optional();
  }
}
