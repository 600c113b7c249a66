package org.habeas.custody;

import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.habeas.custody.Board.RiskFlag;
import org.jspecify.annotations.Nullable;

/**
 * What the board shows of a record besides its read model's columns, and the facts {@link
 * CustodyAccess} decides its visibility from: derived from the replayed record when an event is
 * stored, kept in {@code custody_record_view} (V34), so that a page of the board or the records
 * list is one query, with no history loaded and no replay.
 *
 * <p>The interrogators and lawyers are kept as the keyed hashes of their names (PartyKeys), as in
 * the access index: compared with the actor's, they give the same answer as the names compared
 * folded, without the names being in the read model.
 *
 * @param name the person's name (sealed under the record's key where stored)
 * @param cell the cell the person is in, where the record says ({@link Board#cell})
 * @param flags the risks to watch ({@link Board#flags})
 * @param facilities every facility the record took the person to
 * @param interrogators the keyed hashes of the interrogators' names
 * @param lawyers the keyed hashes of the lawyers' names
 */
record BoardFacts(
    String name,
    @Nullable String cell,
    Set<RiskFlag> flags,
    Set<String> facilities,
    Set<String> interrogators,
    Set<String> lawyers) {

  BoardFacts {
    flags = Set.copyOf(flags);
    facilities = Set.copyOf(facilities);
    interrogators = Set.copyOf(interrogators);
    lawyers = Set.copyOf(lawyers);
  }

  /** The facts of the record as it stands, its juvenile status counted in the facility's zone. */
  static BoardFacts of(CustodyRecord r, ZoneId zone, PartyKeys keys) {
    return new BoardFacts(
        r.person().name(),
        Board.cell(r),
        Board.flags(r, zone),
        Set.copyOf(r.facilitiesVisited()),
        hashed(r.interrogators(), Parties.INTERROGATOR, keys),
        hashed(r.lawyers(), Parties.LAWYER, keys));
  }

  private static Set<String> hashed(Set<String> names, String kind, PartyKeys keys) {
    var out = new TreeSet<String>();
    names.forEach(n -> out.add(keys.of(kind, n)));
    return out;
  }
}
