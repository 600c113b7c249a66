package org.habeas.ledger.store;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Makes one integrator at a time, across every application instance on the database: PostgreSQL's
 * transaction-scoped advisory lock, or on H2, which has none, a row lock on {@code ledger_lock}.
 *
 * <p>Both are tried, never waited for: an instance that does not get the lock leaves the work to
 * the one that has it. Both are released when the transaction ends.
 */
@Component
public class IntegrationLock {

  // An arbitrary constant naming the ledger's advisory lock ("habeas" + 1).
  private static final long ADVISORY_KEY = 0x6861_6265_6173_0001L;

  private final JdbcClient jdbc;
  private final boolean postgres;

  IntegrationLock(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    String product =
        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
  }

  /** Takes the lock for the current transaction if it is free; tells whether it did. */
  public boolean tryLock() {
    if (postgres) {
      return jdbc.sql("select pg_try_advisory_xact_lock(?)")
          .param(ADVISORY_KEY)
          .query(Boolean.class)
          .single();
    }
    return jdbc.sql("select id from ledger_lock where id = 1 for update skip locked")
        .query(Integer.class)
        .optional()
        .isPresent();
  }
}
