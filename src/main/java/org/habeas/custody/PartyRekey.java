package org.habeas.custody;

import java.util.HashSet;
import java.util.List;
import org.habeas.system.Facilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the access index {@code custody_party} again from the records' events, for the records
 * listed in {@code custody_party_rekey}: after migration V16 took the clear names out, and after a
 * change of the party key ({@link PartyKeys}), which lists every record. Each record in a
 * transaction of its own, in the background at start-up; until a record is done, its lawyer and
 * interrogator do not find it in their lists (they still open it by its link). The board's facts of
 * the record (V34) are written again with it. Several instances may run it at once: the index takes
 * a name once.
 */
@Component
class PartyRekey {

  private static final Logger log = LoggerFactory.getLogger(PartyRekey.class);
  private static final int BATCH = 100;

  private final JdbcClient jdbc;
  private final CustodyEventStore store;
  private final PartyKeys keys;
  private final TransactionTemplate tx;
  private final CustodyRecordViews views;
  private final Facilities facilities;

  PartyRekey(
      JdbcClient jdbc,
      CustodyEventStore store,
      PartyKeys keys,
      TransactionTemplate tx,
      CustodyRecordViews views,
      Facilities facilities) {
    this.jdbc = jdbc;
    this.store = store;
    this.keys = keys;
    this.tx = tx;
    this.views = views;
    this.facilities = facilities;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    tx.executeWithoutResult(s -> checkKey());
    if (pending(1).isEmpty()) {
      return;
    }
    Thread.ofVirtual().name("custody-party-rekey").start(this::run);
  }

  /**
   * Remembers the key's fingerprint on first start; with a different key, lists every record to be
   * indexed again (the old hashes stay, matching no one).
   */
  void checkKey() {
    var known =
        jdbc.sql("select fingerprint from custody_party_key where id = 1")
            .query(String.class)
            .optional();
    if (known.isEmpty()) {
      jdbc.sql("insert into custody_party_key (id, fingerprint) values (1, ?)")
          .param(keys.fingerprint())
          .update();
    } else if (!known.get().equals(keys.fingerprint())) {
      log.error(
          "Custody: the party key is not the one the access index was built with; indexing every"
              + " record again (lawyers and investigators find their records once it is done)");
      jdbc.sql(
              "insert into custody_party_rekey (record_id) select r.id from custody_record r where"
                  + " not exists (select 1 from custody_party_rekey k where k.record_id = r.id)"
                  + " and not exists (select 1 from ledger_erasure e where e.record_id = r.id)")
          .update();
      jdbc.sql("update custody_party_key set fingerprint = ? where id = 1")
          .param(keys.fingerprint())
          .update();
    }
  }

  /** Indexes every listed record; returns how many. One that fails stays listed for next time. */
  int run() {
    int done = 0;
    var failed = new HashSet<String>();
    while (true) {
      var batch =
          pending(BATCH + failed.size()).stream().filter(id -> !failed.contains(id)).toList();
      if (batch.isEmpty()) {
        break;
      }
      for (var recordId : batch) {
        try {
          tx.executeWithoutResult(s -> index(recordId));
          done++;
        } catch (RuntimeException e) {
          // No personal data in the log: the record id only.
          log.warn("Custody: record {} not indexed again ({})", recordId, e.toString());
          failed.add(recordId);
        }
      }
    }
    if (done > 0) {
      log.info("Custody: {} records indexed again under the party key", done);
    }
    return done;
  }

  private void index(String recordId) {
    List<StoredEvent> events;
    try {
      events = store.load(recordId);
    } catch (IllegalStateException erased) {
      events = List.of(); // erased meanwhile: nothing to index, and its rows went with it
    }
    for (var e : events) {
      store.addParties(recordId, e.seq(), Parties.of(e.event()));
    }
    if (!events.isEmpty()) {
      // The board's facts (V34) hold the same keyed hashes: written again under the key in use,
      // and for a record from before V34, written for the first time.
      var state = CustodyRecord.replay(events);
      facilities
          .find(state.currentFacilityId())
          .ifPresent(f -> views.writeBoard(recordId, state, f));
    }
    unlist(recordId);
  }

  private void unlist(String recordId) {
    jdbc.sql("delete from custody_party_rekey where record_id = ?").param(recordId).update();
  }

  private List<String> pending(int limit) {
    return jdbc.sql("select record_id from custody_party_rekey order by record_id limit ?")
        .param(limit)
        .query((rs, n) -> rs.getString(1))
        .list();
  }
}
