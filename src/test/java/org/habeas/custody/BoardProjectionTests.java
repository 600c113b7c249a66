package org.habeas.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.habeas.IntegrationTest;
import org.habeas.TestClock;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board from its read model (issue 17, item 5): the facts the board keeps of each record (V34)
 * are those of the record replayed, and the visibility {@link CustodyAccess} decides from them is
 * the one it decides from the replayed record, for every record of the demo data and every user.
 */
@IntegrationTest
class BoardProjectionTests {

  @Autowired CustodyAccess access;
  @Autowired CustodyRecordViews views;
  @Autowired CustodyEventStore store;
  @Autowired CustodyRecords records;
  @Autowired Facilities facilities;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;
  @Autowired PartyRekey rekey;

  @Test
  @Transactional
  void theProjectedVisibilityIsTheReplayedOneForEveryDemoRecordAndUser() {
    var ids = jdbc.sql("select record_id from custody_record_view").query(String.class).list();
    var rows = views.boardRows(ids);
    var histories = store.loadAll(ids);
    assertThat(ids).hasSizeGreaterThan(20);
    assertThat(rows).hasSameSizeAs(ids);

    var states = new ArrayList<CustodyRecord>();
    for (var id : ids) {
      var row = rows.get(id);
      assertThat(row.unreadable()).as(id).isFalse();
      assertThat(row.facts()).as(id).isNotNull();
      var state = CustodyRecord.replay(histories.get(id));
      states.add(state);
      var zone =
          facilities.find(row.summary().facilityId()).map(Facility::zone).orElse(ZoneOffset.UTC);
      // What the board shows is what the replay shows: the name, cell and risks.
      assertThat(row.facts()).as(id).isEqualTo(views.facts(state, zone));
    }

    var actors = actors(states);
    var roles = new LinkedHashSet<Role>();
    actors.forEach(a -> roles.add(a.role()));
    assertThat(roles)
        .contains(
            Role.CUSTODY_OFFICER,
            Role.INVESTIGATOR,
            Role.PROSECUTOR,
            Role.LAWYER,
            Role.DOCTOR,
            Role.MONITOR,
            Role.ADMIN);
    assertThat(actors).anyMatch(Actor::supervisor);

    var seen = new java.util.EnumMap<Visibility, Integer>(Visibility.class);
    for (var id : ids) {
      var state = CustodyRecord.replay(histories.get(id));
      var facts = rows.get(id).facts();
      for (var actor : actors) {
        var replayed = access.visibility(actor, state);
        assertThat(access.visibility(actor, facts))
            .as("%s as %s (%s)", id, actor.username(), actor.role())
            .isEqualTo(replayed);
        seen.merge(replayed, 1, Integer::sum);
      }
    }
    // Every answer occurs, so the comparison is not of NONE with NONE alone.
    assertThat(seen.keySet()).containsExactlyInAnyOrder(Visibility.values());
  }

  @Test
  @Transactional
  void theNameIsSealedUnderTheRecordKeyAndTheBoardOpensIt() {
    var officer = users.find("officer").orElseThrow();
    var lines = records.board(officer, filter(officer), 25, Locale.ENGLISH);
    assertThat(lines).isNotEmpty();
    for (var line : lines) {
      var stored =
          jdbc.sql("select board_name from custody_record_view where record_id = ?")
              .param(line.id())
              .query(String.class)
              .single();
      assertThat(stored).startsWith("sealed:v1:").doesNotContain(line.name());
      assertThat(line.name()).isNotEqualTo(CustodyRecords.pseudonym(line.id()));
    }
  }

  @Test
  @Transactional
  void theDeadlinesAreThoseSafeguardsLastJudgedInTheReadersLanguage() {
    var officer = users.find("officer").orElseThrow();
    var lines = records.board(officer, filter(officer), 25, Locale.ENGLISH);
    var id = lines.getFirst().id();
    var at = TestClock.now().plus(Duration.ofMinutes(40));
    var check =
        new RecordJudged.Deadline(
            "cell-check", Map.of("en", "Cell check", "ru", "Проверка камеры"), at);
    var court =
        new RecordJudged.Deadline(
            "court", Map.of("en", "Court", "kk", "Сот"), at.plus(Duration.ofHours(5)));
    judge(id, new RecordJudged(id, TestClock.now(), null, check, court, check, 2));

    var ru = line(records.board(officer, filter(officer), 25, Locale.forLanguageTag("ru")), id);
    assertThat(ru.coming())
        .isEqualTo(
            new RecordDeadlines.Coming(
                new RecordDeadlines.Due("cell-check", "Проверка камеры", at),
                new RecordDeadlines.Due("court", "Court", at.plus(Duration.ofHours(5))),
                new RecordDeadlines.Due("cell-check", "Проверка камеры", at),
                2));
    assertThat(ru.overdue()).isTrue();
    var kk = line(records.board(officer, filter(officer), 25, Locale.forLanguageTag("kk")), id);
    assertThat(kk.coming().review().title()).isEqualTo("Сот");

    judge(id, null);
    var none = line(records.board(officer, filter(officer), 25, Locale.ENGLISH), id);
    assertThat(none.coming()).isEqualTo(RecordDeadlines.Coming.NONE);
  }

  @Test
  @Transactional
  void aRowWrittenBeforeTheBoardColumnsIsReplayedAndShowsTheSame() {
    var officer = users.find("officer").orElseThrow();
    var before = records.board(officer, filter(officer), 25, Locale.ENGLISH);
    jdbc.sql(
            "update custody_record_view set board_name = null, board_cell = null,"
                + " board_flags = null, seen_facilities = null, seen_interrogators = null,"
                + " seen_lawyers = null")
        .update();
    var after = records.board(officer, filter(officer), 25, Locale.ENGLISH);
    // Held and its level count on with the clock between the two pages.
    assertThat(after)
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("held", "level")
        .isEqualTo(before);
  }

  @Test
  @Transactional
  void indexingARecordAgainWritesItsBoardFactsAgain() {
    var officer = users.find("officer").orElseThrow();
    var id = records.board(officer, filter(officer), 25, Locale.ENGLISH).getFirst().id();
    var before = views.boardRows(List.of(id)).get(id).facts();
    // As V34 leaves a row written before it, or a new party key the hashes in it.
    jdbc.sql(
            "update custody_record_view set board_name = null, seen_facilities = null,"
                + " seen_lawyers = 'stale' where record_id = ?")
        .param(id)
        .update();
    jdbc.sql("insert into custody_party_rekey (record_id) values (?)").param(id).update();

    assertThat(rekey.run()).isGreaterThanOrEqualTo(1);

    assertThat(views.boardRows(List.of(id)).get(id).facts()).isNotNull().isEqualTo(before);
  }

  private void judge(String id, @Nullable RecordJudged judged) {
    if (judged == null) {
      jdbc.sql("update custody_record_view set judged = null where record_id = ?")
          .param(id)
          .update();
    } else {
      jdbc.sql("update custody_record_view set judged = ? where record_id = ?")
          .params(JudgedColumn.write(judged), id)
          .update();
    }
  }

  private static Board.Line line(List<Board.Line> lines, String id) {
    return lines.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  private static RecordFilter filter(Actor officer) {
    return new RecordFilter(
        officer.facilityId(), RecordStatus.OPEN, null, "limit", null, null, null);
  }

  /**
   * Every demo user, a custody officer and a doctor of every facility, a supervisor, a prosecutor
   * of every region, and an investigator and a lawyer under every name the records give (as their
   * username and, apart, as their display name).
   */
  private List<Actor> actors(List<CustodyRecord> states) {
    var out = new ArrayList<Actor>(users.all());
    for (var f : facilities.all()) {
      out.add(new Actor("o-" + f.id(), "O", Role.CUSTODY_OFFICER, f.id(), f.regionCode(), "en"));
      out.add(
          new Actor("s-" + f.id(), "S", Role.CUSTODY_OFFICER, f.id(), f.regionCode(), "en", true));
      out.add(new Actor("d-" + f.id(), "D", Role.DOCTOR, f.id(), f.regionCode(), "en"));
      out.add(new Actor("p-" + f.id(), "P", Role.PROSECUTOR, null, f.regionCode(), "en"));
    }
    var names = new LinkedHashSet<String>();
    states.forEach(
        s -> {
          names.addAll(s.interrogators());
          names.addAll(s.lawyers());
        });
    for (var name : names) {
      for (var role : Set.of(Role.INVESTIGATOR, Role.LAWYER)) {
        out.add(new Actor(name.toUpperCase(Locale.ROOT), "someone else", role, null, null, "en"));
        out.add(new Actor("someone-else", "  " + name + " ", role, null, null, "en"));
      }
    }
    return out;
  }
}
