package org.habeas.safeguards.alerts;

import java.util.Collections;
import java.util.List;
import org.habeas.safeguards.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox's reads of {@code alert}: each statement takes the condition an {@link AlertQuery}
 * builds (in place of {@code %s}) with its parameters, so the actor's scope is never left out.
 */
@Repository
class AlertInboxStore {

  private static final String PAGE =
      """
      select * from alert where %s order by raised_at desc, id desc limit ? offset ?""";

  private static final String COUNT = "select count(*) from alert where %s";

  /** Records with a breach first, then by the earliest deadline. */
  private static final String GROUP_RECORDS =
      """
      select record_id from alert where %s group by record_id
      order by max(case when kind = 'BREACHED' then 1 else 0 end) desc,
        case when min(due_at) is null then 0 else 1 end, min(due_at), record_id
      limit ? offset ?""";

  /** The worst alert of a record first. */
  private static final String GROUP_ALERTS =
      """
      select * from alert where %s and record_id in (%s)
      order by case when kind = 'BREACHED' then 0 else 1 end,
        case status when 'OPEN' then 0 when 'ACKNOWLEDGED' then 1 else 2 end,
        case when due_at is null then 0 else 1 end, due_at, id""";

  private static final String GROUP_COUNT = "select count(distinct record_id) from alert where %s";

  private static final String RULES =
      """
      select rule_id, min(title_kk) kk, min(title_ru) ru, min(title_en) en from alert
      where %s group by rule_id order by rule_id""";

  private static final String FACILITIES =
      "select distinct facility_id from alert where %s order by facility_id";

  private static final String ZONES = "select distinct zone from alert where %s";

  private final JdbcClient jdbc;

  AlertInboxStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Alert> page(AlertQuery where, int offset, int limit) {
    return jdbc.sql(PAGE.formatted(where.sql()))
        .params(where.with(limit, offset))
        .query(AlertStore::alert)
        .list();
  }

  long count(AlertQuery where) {
    return jdbc.sql(COUNT.formatted(where.sql())).params(where.params()).query(Long.class).single();
  }

  /** A page of the records with alerts the condition lets through, in the inbox's order. */
  List<String> groupRecords(AlertQuery where, int offset, int limit) {
    return jdbc.sql(GROUP_RECORDS.formatted(where.sql()))
        .params(where.with(limit, offset))
        .query((rs, n) -> rs.getString(1))
        .list();
  }

  /** The alerts of these records the condition lets through, worst first. */
  List<Alert> groupAlerts(AlertQuery where, List<String> records) {
    var marks = String.join(", ", Collections.nCopies(records.size(), "?"));
    return jdbc.sql(GROUP_ALERTS.formatted(where.sql(), marks))
        .params(where.with(records.toArray()))
        .query(AlertStore::alert)
        .list();
  }

  long groupCount(AlertQuery where) {
    return jdbc.sql(GROUP_COUNT.formatted(where.sql()))
        .params(where.params())
        .query(Long.class)
        .single();
  }

  List<AlertInbox.RuleTitle> rules(AlertQuery scope) {
    return jdbc.sql(RULES.formatted(scope.sql()))
        .params(scope.params())
        .query(
            (rs, i) ->
                new AlertInbox.RuleTitle(
                    rs.getString("rule_id"),
                    new LocalizedText(rs.getString("kk"), rs.getString("ru"), rs.getString("en"))))
        .list();
  }

  List<String> facilityIds(AlertQuery scope) {
    return jdbc.sql(FACILITIES.formatted(scope.sql()))
        .params(scope.params())
        .query((rs, n) -> rs.getString(1))
        .list();
  }

  List<String> zones(AlertQuery scope) {
    return jdbc.sql(ZONES.formatted(scope.sql()))
        .params(scope.params())
        .query((rs, n) -> rs.getString(1))
        .list();
  }
}
