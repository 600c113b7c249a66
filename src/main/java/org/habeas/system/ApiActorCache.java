package org.habeas.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The actors live API tokens act as, by token hash, kept for {@code habeas.security.api-cache-ttl}
 * (30 s) after they are read: a station's client sends a request every few seconds with the same
 * token, and each would otherwise read the token and the user again.
 *
 * <p>Bounds. A revocation ({@link ApiTokens#revoke}) or a change to the user ({@link Users}:
 * disabled, role, facility, region, language, supervisor) forgets the entries on this instance at
 * once, and again when its transaction commits (so a request that read the old rows meanwhile does
 * not put them back for long); another instance keeps acting on what it read for at most the TTL. A
 * token's expiry is checked on every use, cached or not. Zero turns the cache off.
 */
@Component
class ApiActorCache {

  /** A live token's actor, read at {@code readAt} (System.nanoTime). */
  record Entry(String tokenId, Actor actor, Instant expiresAt, long readAt) {}

  private final Map<String, Entry> byTokenHash = new ConcurrentHashMap<>();

  /** Counts what was forgotten, so that an entry read before a forgetting is not kept after it. */
  private final AtomicLong forgotten = new AtomicLong();

  private final long ttl;

  ApiActorCache(@Value("${habeas.security.api-cache-ttl:PT30S}") Duration ttl) {
    this.ttl = ttl.toNanos();
  }

  @Nullable Entry get(String tokenHash) {
    var entry = byTokenHash.get(tokenHash);
    if (entry == null) {
      return null;
    }
    if (System.nanoTime() - entry.readAt() > ttl) {
      byTokenHash.remove(tokenHash, entry);
      return null;
    }
    return entry;
  }

  /** What to pass to {@link #put}, taken before reading the entry from the database. */
  long generation() {
    return forgotten.get();
  }

  /** Keeps an entry read since {@code generation}, unless something was forgotten meanwhile. */
  void put(String tokenHash, Entry entry, long generation) {
    if (ttl > 0) {
      byTokenHash.put(tokenHash, entry);
      if (forgotten.get() != generation) {
        byTokenHash.remove(tokenHash, entry);
      }
    }
  }

  /** Forgets the token with this id (revoked). */
  void forgetToken(String tokenId) {
    forget(e -> e.tokenId().equals(tokenId));
  }

  /** Forgets every token of this user (changed, disabled). */
  void forgetUser(String username) {
    forget(e -> e.actor().username().equals(username));
  }

  private void forget(Predicate<Entry> which) {
    forgotten.incrementAndGet();
    byTokenHash.values().removeIf(which);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              forgotten.incrementAndGet();
              byTokenHash.values().removeIf(which);
            }
          });
    }
  }
}
