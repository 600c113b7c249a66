package org.habeas.complaints.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A complaint's case file as it stands: the fold of every stored revision, keeping each item's
 * latest revision unless that withdraws it. Pure: no Spring, no database.
 */
public final class CaseFile {

  private final Map<UUID, Entry> latest;
  private final Map<UUID, List<Entry>> history;

  private CaseFile(Map<UUID, Entry> latest, Map<UUID, List<Entry>> history) {
    this.latest = latest;
    this.history = history;
  }

  /** Folds revisions (in any order) into the current case file. */
  public static CaseFile fold(Collection<Entry> revisions) {
    var sorted =
        revisions.stream()
            .sorted(Comparator.comparing(Entry::recordedAt).thenComparing(Entry::revision))
            .toList();
    var latest = new LinkedHashMap<UUID, Entry>();
    var history = new LinkedHashMap<UUID, List<Entry>>();
    for (var e : sorted) {
      history.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(e);
      var seen = latest.get(e.itemId());
      if (seen == null || e.revision() > seen.revision()) {
        latest.put(e.itemId(), e);
      }
    }
    history.values().forEach(l -> l.sort(Comparator.comparingInt(Entry::revision)));
    return new CaseFile(latest, history);
  }

  /** The current (not withdrawn) items of a kind, in the order they were first recorded. */
  public List<Entry> current(Kind kind) {
    return latest.values().stream().filter(e -> e.kind() == kind && !e.withdrawn()).toList();
  }

  /** The item's current revision, unless it does not exist or was withdrawn. */
  public Optional<Entry> find(Kind kind, UUID itemId) {
    return Optional.ofNullable(latest.get(itemId)).filter(e -> e.kind() == kind && !e.withdrawn());
  }

  /** The item's latest revision, withdrawn or not. */
  public Optional<Entry> latest(UUID itemId) {
    return Optional.ofNullable(latest.get(itemId));
  }

  /** Every revision of an item, oldest first. */
  public List<Entry> history(UUID itemId) {
    return history.getOrDefault(itemId, List.of());
  }

  /** The examiner (a doctor's user name) of a current examination. */
  public Optional<String> examinerOf(UUID examinationId) {
    return find(Kind.EXAMINATION, examinationId).map(e -> e.text("examiner"));
  }

  /** True when the user is the examiner of a current examination of this complaint. */
  public boolean isExaminer(String username) {
    return current(Kind.EXAMINATION).stream().anyMatch(e -> username.equals(e.text("examiner")));
  }

  /**
   * The examination an Istanbul item belongs to: its own field, or its finding's for an
   * interpretation.
   */
  public Optional<UUID> examinationOf(Entry item) {
    if (item.kind() == Kind.INTERPRETATION) {
      var finding = item.ref("finding");
      return finding == null
          ? Optional.empty()
          : find(Kind.FINDING, finding).map(f -> f.ref("examination"));
    }
    return Optional.ofNullable(item.ref("examination"));
  }

  /** Who did what to whom: each current act with its victims and perpetrators. */
  public List<ActRow> matrix() {
    var rows = new ArrayList<ActRow>();
    for (var act : current(Kind.ACT)) {
      var victims = new ArrayList<Entry>();
      var perpetrators = new ArrayList<Party>();
      for (var inv : current(Kind.INVOLVEMENT)) {
        if (!act.itemId().equals(inv.ref("act"))) {
          continue;
        }
        var victim = inv.ref("victim");
        var perpetrator = inv.ref("perpetrator");
        if (victim != null) {
          find(Kind.VICTIM, victim).ifPresent(victims::add);
        }
        if (perpetrator != null) {
          find(Kind.PERPETRATOR, perpetrator)
              .ifPresent(p -> perpetrators.add(new Party(p, inv.text("degree"), inv.itemId())));
        }
      }
      rows.add(new ActRow(act, List.copyOf(victims), List.copyOf(perpetrators)));
    }
    return rows;
  }

  /** The interpretation of one finding against one alleged act, if the examiner gave one. */
  public Optional<Entry> interpretation(UUID findingId, UUID actId) {
    return current(Kind.INTERPRETATION).stream()
        .filter(i -> findingId.equals(i.ref("finding")) && actId.equals(i.ref("act")))
        .findFirst();
  }

  /** One act of the matrix. */
  public record ActRow(Entry act, List<Entry> victims, List<Party> perpetrators) {}

  /** A perpetrator in an act and how they took part. */
  public record Party(Entry perpetrator, String degree, UUID involvementId) {}

  /** A short human label of an item, for choosing it in a form. */
  public static String label(Entry e) {
    return switch (e.kind()) {
      case ACT -> e.text("actType") + " · " + e.text("occurredOn") + " · " + e.text("place");
      case VICTIM -> e.text("name");
      case PERPETRATOR ->
          String.join(
              " · ",
              List.of(e.text("rank"), e.text("name"), e.text("unit")).stream()
                  .filter(s -> !s.isBlank())
                  .toList());
      case EXAMINATION -> e.text("examiner") + " · " + e.text("examinedOn");
      case FINDING -> e.text("findingKind") + " · " + e.text("summary");
      case SOURCE -> e.text("sourceType") + " · " + e.text("title");
      default -> Objects.toString(e.itemId());
    };
  }
}
