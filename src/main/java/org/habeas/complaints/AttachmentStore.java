package org.habeas.complaints;

import static org.habeas.complaints.ComplaintStore.instant;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A complaint's documents: their bytes as accepted, and what the timeline says of them. */
@Repository
class AttachmentStore {

  private static final String INSERT =
      """
      insert into complaint_attachment (id, complaint_id, seq, filename, media_type, size_bytes,
        sha256, content, added_at, added_by)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private static final String SELECT_OF_COMPLAINT =
      """
      select id, seq, filename, media_type, size_bytes, sha256, added_at, added_by
      from complaint_attachment where complaint_id = ? order by seq
      """;

  private static final String SELECT_CONTENT =
      "select content from complaint_attachment where complaint_id = ? and id = ?";

  private final JdbcClient jdbc;

  AttachmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void attach(UUID complaintId, Attachment a, byte[] content) {
    jdbc.sql(INSERT)
        .params(
            a.id().toString(),
            complaintId.toString(),
            a.seq(),
            a.filename(),
            a.mediaType(),
            a.sizeBytes(),
            a.sha256(),
            content,
            Timestamp.from(a.addedAt()),
            a.addedBy())
        .update();
  }

  List<Attachment> attachments(UUID complaintId) {
    return jdbc.sql(SELECT_OF_COMPLAINT)
        .param(complaintId.toString())
        .query(
            (rs, i) ->
                new Attachment(
                    UUID.fromString(rs.getString("id")),
                    rs.getInt("seq"),
                    rs.getString("filename"),
                    rs.getString("media_type"),
                    rs.getLong("size_bytes"),
                    rs.getString("sha256"),
                    instant(rs, "added_at"),
                    rs.getString("added_by")))
        .list();
  }

  Optional<byte[]> content(UUID complaintId, UUID attachmentId) {
    return jdbc.sql(SELECT_CONTENT)
        .params(complaintId.toString(), attachmentId.toString())
        .query((rs, i) -> rs.getBytes(1))
        .optional();
  }
}
