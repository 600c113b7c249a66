package org.habeas.safeguards.alerts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The due index's table: one row per open record, with when the sweep looks at it next. */
@Repository
class DueStore {

  private static final String DELETE = "delete from alert_due where record_id = ?";

  private static final String UPDATE =
      "update alert_due set next_due_at = ?, check_at = ? where record_id = ?";

  private static final String INSERT =
      "insert into alert_due (record_id, next_due_at, check_at) values (?, ?, ?)";

  private static final String INSERT_WITHOUT_DUE =
      "insert into alert_due (record_id, next_due_at, check_at) values (?, null, ?)";

  /** Rows another instance holds are skipped, so two sweeps never work on one record at once. */
  private static final String CLAIM =
      """
      select record_id from alert_due where check_at <= ? order by check_at
      fetch first ? rows only for update skip locked""";

  private static final String CHECK_AT = "select check_at from alert_due where record_id = ?";

  private final JdbcClient jdbc;

  DueStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void delete(String recordId) {
    jdbc.sql(DELETE).param(recordId).update();
  }

  /** How many rows were updated: 0 if the record has none yet. */
  int update(String recordId, @Nullable Instant next, Instant check) {
    return jdbc.sql(UPDATE)
        .params(
            Arrays.<@Nullable Object>asList(AlertStore.ts(next), AlertStore.ts(check), recordId))
        .update();
  }

  void insert(String recordId, @Nullable Instant next, Instant check) {
    jdbc.sql(INSERT)
        .params(
            Arrays.<@Nullable Object>asList(recordId, AlertStore.ts(next), AlertStore.ts(check)))
        .update();
  }

  void insertWithoutDue(String recordId, Instant check) {
    jdbc.sql(INSERT_WITHOUT_DUE).params(recordId, AlertStore.ts(check)).update();
  }

  List<String> claim(Instant now, int limit) {
    return jdbc.sql(CLAIM)
        .params(AlertStore.ts(now), limit)
        .query((rs, n) -> rs.getString(1))
        .list();
  }

  Optional<Instant> checkAt(String recordId) {
    return jdbc.sql(CHECK_AT)
        .param(recordId)
        .query((rs, i) -> rs.getTimestamp(1).toInstant())
        .optional();
  }
}
