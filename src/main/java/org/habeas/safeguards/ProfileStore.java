package org.habeas.safeguards;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The profiles' versions in the database: append-only, one row per version. */
final class ProfileStore {

  private static final String INSERT_VERSION =
      """
      insert into safeguards_profile_version (profile_id, version, document,
       in_force_from, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?)""";

  private static final String SELECT_AUTHORSHIP =
      """
      select document, uploaded_by from safeguards_profile_version
       where profile_id = ? and version = ?""";

  private static final String SELECT_IDS =
      "select distinct profile_id from safeguards_profile_version order by profile_id";

  private static final String SELECT_VERSIONS =
      """
      select profile_id, version, in_force_from, uploaded_by, uploaded_at
       from safeguards_profile_version where profile_id = ? order by version""";

  private static final String SELECT_DOCUMENT =
      "select document from safeguards_profile_version where profile_id = ? and version = ?";

  private static final String SELECT_IN_FORCE =
      """
      select version, in_force_from from safeguards_profile_version
       where profile_id = ? order by version""";

  private static final String SELECT_LATEST =
      "select coalesce(max(version), 0) from safeguards_profile_version where profile_id = ?";

  /** Each version of a profile with when it came into force, in version order. */
  record InForce(int[] versions, Instant[] from) {}

  private final JdbcClient jdbc;

  ProfileStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a version; a duplicate version throws {@code DuplicateKeyException}. */
  void insert(String id, int version, String document, Instant inForceFrom, String by, Instant at) {
    jdbc.sql(INSERT_VERSION)
        .params(id, version, document, Timestamp.from(inForceFrom), by, Timestamp.from(at))
        .update();
  }

  /** Whether the version was stored by {@code system} with another document than {@code doc}. */
  boolean storedBySystemOtherThan(String id, int version, String system, String doc) {
    return jdbc.sql(SELECT_AUTHORSHIP)
        .params(id, version)
        .query(
            (rs, n) ->
                system.equals(rs.getString("uploaded_by")) && !doc.equals(rs.getString("document")))
        .optional()
        .orElse(false);
  }

  List<String> ids() {
    return jdbc.sql(SELECT_IDS).query((rs, n) -> rs.getString(1)).list();
  }

  List<ProfileVersion> versions(String id) {
    return jdbc.sql(SELECT_VERSIONS)
        .param(id)
        .query(
            (rs, i) ->
                new ProfileVersion(
                    rs.getString("profile_id"),
                    rs.getInt("version"),
                    rs.getTimestamp("in_force_from").toInstant(),
                    rs.getString("uploaded_by"),
                    rs.getTimestamp("uploaded_at").toInstant()))
        .list();
  }

  Optional<String> document(String id, int version) {
    return jdbc.sql(SELECT_DOCUMENT).params(id, version).query(String.class).optional();
  }

  InForce inForce(String id) {
    var versions = new ArrayList<Integer>();
    var from = new ArrayList<Instant>();
    jdbc.sql(SELECT_IN_FORCE)
        .param(id)
        .query(
            rs -> {
              versions.add(rs.getInt(1));
              from.add(rs.getTimestamp(2).toInstant());
            });
    return new InForce(
        versions.stream().mapToInt(Integer::intValue).toArray(), from.toArray(Instant[]::new));
  }

  int latestVersion(String id) {
    return jdbc.sql(SELECT_LATEST).param(id).query(Integer.class).single();
  }
}
