package org.habeas.ledger;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.habeas.ledger.store.RecordKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored custody events readable only while their record's key exists: the custody store
 * seals each event's JSON here before writing it, and opens it here when reading.
 *
 * <p>That is what makes lawful erasure real: the event rows are append-only and stay, but once the
 * record key is deleted ({@link MerkleLog#erase}) nobody, a database administrator included, can
 * read them again (PayloadCipher). Rows stored before sealing existed are plain JSON and are read
 * as they are.
 */
@Service
public class RecordPayloads {

  /** Opens the stored payloads of one record, its key read once. */
  @FunctionalInterface
  public interface PayloadReader {

    /**
     * Returns the JSON of event {@code seq} from its stored payload.
     *
     * @throws IllegalStateException if the payload is sealed and the record key is gone (erased),
     *     or the sealed payload fails authentication (changed behind the application's back)
     */
    String open(int seq, String stored);
  }

  private final RecordKeys keys;
  private final SecureRandom random = new SecureRandom();

  RecordPayloads(RecordKeys keys) {
    this.keys = keys;
  }

  /**
   * Seals the JSON of event {@code seq} of a record for storing, creating the record's key with its
   * first event; in the transaction that stores the event.
   *
   * @throws IllegalStateException if the record was erased
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String seal(String recordId, int seq, String json) {
    return PayloadCipher.seal(keys.forWriting(recordId), recordId, seq, json, random);
  }

  /**
   * Seals the JSON of event {@code seq} of a record for storing under the key read (and locked) for
   * the append ({@link MerkleLog#forAppend}), creating the record's key with its first event; reads
   * nothing more when the record has its key.
   *
   * @throws IllegalStateException if the record was erased
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String seal(LedgerRecord record, int seq, String json) {
    return PayloadCipher.seal(
        MerkleLog.writingKey(record, keys), record.recordId(), seq, json, random);
  }

  /** Returns a reader of one record's stored payloads. */
  public PayloadReader reader(String recordId) {
    return reader(recordId, keys.find(recordId));
  }

  /** Returns readers of several records' stored payloads, their keys read in one query. */
  public Map<String, PayloadReader> readers(Collection<String> recordIds) {
    var found = keys.findAll(recordIds);
    var readers = new HashMap<String, PayloadReader>();
    for (var recordId : recordIds) {
      readers.put(recordId, reader(recordId, Optional.ofNullable(found.get(recordId))));
    }
    return readers;
  }

  static PayloadReader reader(String recordId, Optional<byte[]> key) {
    return (seq, stored) -> {
      if (!PayloadCipher.isSealed(stored)) {
        return stored;
      }
      byte[] recordKey =
          key.orElseThrow(
              () -> new IllegalStateException("record " + recordId + " has no key: erased"));
      try {
        return PayloadCipher.open(recordKey, recordId, seq, stored);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "stored payload of record " + recordId + " event " + seq + " does not open", e);
      }
    };
  }
}
