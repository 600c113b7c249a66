package org.habeas.custody;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of records: the board's lines, a page of records, and the names to show for them. From
 * the read model alone (V34): what each row shows and the facts its visibility is decided by
 * ({@link BoardFacts}, {@link CustodyAccess}), the names shown logged in one insert.
 */
@Component
class BoardReads {

  private final CustodyEventStore store;
  private final CustodyRecordViews views;
  private final CustodyAccess access;
  private final Facilities facilities;
  private final PersonalDataReads reads;
  private final Clock clock;

  BoardReads(
      CustodyEventStore store,
      CustodyRecordViews views,
      CustodyAccess access,
      Facilities facilities,
      PersonalDataReads reads,
      Clock clock) {
    this.store = store;
    this.views = views;
    this.access = access;
    this.facilities = facilities;
    this.reads = reads;
    this.clock = clock;
  }

  /** {@link CustodyRecords#board}. */
  @Transactional
  List<Board.Line> board(Actor actor, RecordFilter filter, int max, Locale locale) {
    var listed = views.boardPage(actor, filter, 0, max);
    var facts = boardFacts(listed);
    var now = clock.instant();
    var shown = new ArrayList<String>();
    var lines = new ArrayList<Board.Line>();
    for (var row : listed) {
      var id = row.summary().id();
      var f = facts.get(id);
      if (f == null) {
        continue;
      }
      var visibility = access.visibility(actor, f);
      if (visibility == Visibility.NONE) {
        continue;
      }
      boolean named = visibility == Visibility.FULL || visibility == Visibility.MEDICAL;
      if (named) {
        shown.add(id);
      }
      var name = named ? f.name() : CustodyRecords.pseudonym(id);
      lines.add(BoardLines.line(row, f, name, now, locale));
    }
    reads.logAll(actor, shown, Purpose.DUTY, null);
    return Board.sorted(lines);
  }

  /** {@link CustodyRecords#shownNames}. */
  @Transactional
  Map<String, String> shownNames(Actor actor, List<RecordSummary> listed) {
    var names = new HashMap<String, String>();
    var shown = new ArrayList<String>();
    var rows = views.boardRows(listed.stream().map(RecordSummary::id).distinct().toList());
    var facts = boardFacts(rows.values());
    for (var r : listed) {
      var f = facts.get(r.id());
      if (f == null || names.containsKey(r.id())) {
        names.putIfAbsent(r.id(), CustodyRecords.pseudonym(r.id()));
        continue;
      }
      var visibility = access.visibility(actor, f);
      if (visibility == Visibility.FULL || visibility == Visibility.MEDICAL) {
        shown.add(r.id());
        names.put(r.id(), f.name());
      } else {
        names.put(r.id(), CustodyRecords.pseudonym(r.id()));
      }
    }
    reads.logAll(actor, shown, Purpose.DUTY, null);
    return names;
  }

  /** A page of the records the actor may list. */
  List<RecordSummary> list(Actor actor, RecordFilter filter, int page, int size) {
    return views.page(actor, filter, page * size, size);
  }

  long count(Actor actor, RecordFilter filter) {
    return views.count(actor, filter);
  }

  /**
   * The board's facts of the rows (BoardFacts): as stored; for a row written before V34 (no facts
   * yet), from the record replayed, those rows' histories in one query. A row whose name no longer
   * opens (erased meanwhile) has none.
   */
  private Map<String, BoardFacts> boardFacts(Collection<CustodyRecordViews.Listed> rows) {
    var facts = new HashMap<String, BoardFacts>();
    var unprojected = new ArrayList<String>();
    for (var row : rows) {
      if (row.facts() != null) {
        facts.put(row.summary().id(), row.facts());
      } else if (!row.unreadable()) {
        unprojected.add(row.summary().id());
      }
    }
    if (unprojected.isEmpty()) {
      return facts;
    }
    var histories = store.loadAll(unprojected);
    for (var row : rows) {
      var events = histories.get(row.summary().id());
      if (row.facts() == null && events != null && !events.isEmpty()) {
        var zone =
            facilities.find(row.summary().facilityId()).map(Facility::zone).orElse(ZoneOffset.UTC);
        facts.put(row.summary().id(), views.facts(CustodyRecord.replay(events), zone));
      }
    }
    return facts;
  }
}
