package org.habeas.system;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Maps that live exactly as long as the current database transaction: for what a transaction has
 * already read or written and would otherwise read again (a record's history, its key, the profile
 * version in force). Nothing in them outlives the transaction, so they are correct with any number
 * of instances: what another transaction commits meanwhile is what a repeated read could have
 * missed a moment earlier too. A transaction started inside another (REQUIRES_NEW) gets maps of its
 * own.
 */
@Component
public class TransactionScoped {

  private record Key(String name, Object transaction) {}

  private final DataSource dataSource;

  TransactionScoped(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The map called {@code name} of the current transaction, created empty on first use; null
   * outside a transaction (nothing is kept then).
   */
  @SuppressWarnings("unchecked")
  public <K, V> @Nullable Map<K, V> map(String name) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return null;
    }
    // The connection holder of the transaction: a different one inside a REQUIRES_NEW transaction.
    Object transaction = TransactionSynchronizationManager.getResource(dataSource);
    if (transaction == null) {
      return null;
    }
    var key = new Key(name, transaction);
    var map = (Map<K, V>) TransactionSynchronizationManager.getResource(key);
    if (map == null) {
      Map<K, V> created = new HashMap<>();
      TransactionSynchronizationManager.bindResource(key, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
          });
      map = created;
    }
    return map;
  }
}
