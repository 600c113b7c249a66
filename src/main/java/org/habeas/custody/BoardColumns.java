package org.habeas.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.habeas.custody.Board.RiskFlag;
import org.habeas.ledger.LedgerRecord;
import org.habeas.ledger.PayloadCipher;
import org.habeas.ledger.RecordPayloads;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The board's columns of {@code custody_record_view} (V34): {@link BoardFacts} as they are stored,
 * written with the rest of the row after each stored event and read back with the page's rows.
 *
 * <p>The person's name is personal data at rest, so it is sealed under the record's key like the
 * stored events (RecordPayloads, AES-GCM, its associated data the record id and seq {@value
 * #NAME_SEQ}, which no event has): erasing the record deletes the key and the row alike. The page
 * opens it with the key read in the same query.
 */
@Component
class BoardColumns {

  /** The seq the sealed name is bound to: events start at 1, so no event's ciphertext fits. */
  static final int NAME_SEQ = 0;

  /** The columns written, in the order of {@link #values}. */
  static final String COLUMNS =
      "board_name, board_cell, board_flags, seen_facilities, seen_interrogators, seen_lawyers";

  private final RecordPayloads payloads;
  private final PartyKeys keys;

  BoardColumns(RecordPayloads payloads, PartyKeys keys) {
    this.payloads = payloads;
    this.keys = keys;
  }

  /**
   * The values of {@link #COLUMNS} for the record as it stands, in the transaction that stores its
   * event, sealed with the record's key that the append read once (sealing costs no statement).
   */
  Object[] values(LedgerRecord record, CustodyRecord r, Facility current) {
    var facts = BoardFacts.of(r, current.zone(), keys);
    return values(facts, payloads.seal(record, NAME_SEQ, facts.name()));
  }

  /** The same, for a record written outside an append (re-indexing): its key is read to seal. */
  Object[] values(String recordId, CustodyRecord r, Facility current) {
    var facts = BoardFacts.of(r, current.zone(), keys);
    return values(facts, payloads.seal(recordId, NAME_SEQ, facts.name()));
  }

  private static Object[] values(BoardFacts facts, String sealedName) {
    return new Object[] {
      sealedName,
      facts.cell(),
      facts.flags().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
      joined(facts.facilities()),
      joined(facts.interrogators()),
      joined(facts.lawyers())
    };
  }

  /** The facts of a record replayed (a row written before V34 that no event has rewritten yet). */
  BoardFacts of(CustodyRecord r, ZoneId zone) {
    return BoardFacts.of(r, zone, keys);
  }

  /**
   * The facts stored in the row, the name opened with the record key selected beside them as {@code
   * record_key}; null for a row written before V34 (no facts yet).
   *
   * @throws IllegalStateException if the name cannot be opened: the key is gone (erased meanwhile)
   *     or the sealed name was changed behind the application's back
   */
  static @Nullable BoardFacts read(ResultSet rs) throws SQLException {
    var sealed = rs.getString("board_name");
    var facilities = rs.getString("seen_facilities");
    if (sealed == null || facilities == null) {
      return null;
    }
    var recordId = rs.getString("record_id");
    var key = rs.getBytes("record_key");
    if (key == null) {
      throw new IllegalStateException("record " + recordId + " has no key: erased");
    }
    String name;
    try {
      name = PayloadCipher.open(key, recordId, NAME_SEQ, sealed);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the board name of record " + recordId + " does not open", e);
    }
    var flags = EnumSet.noneOf(RiskFlag.class);
    split(rs.getString("board_flags")).forEach(f -> flags.add(RiskFlag.valueOf(f)));
    return new BoardFacts(
        name,
        rs.getString("board_cell"),
        flags,
        split(facilities),
        split(rs.getString("seen_interrogators")),
        split(rs.getString("seen_lawyers")));
  }

  private static String joined(Set<String> values) {
    return String.join(",", new TreeSet<>(values));
  }

  private static Set<String> split(@Nullable String column) {
    if (column == null || column.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(Arrays.asList(column.split(",")));
  }
}
