package org.habeas.complaints.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The Istanbul Protocol documentation laid out as the report reads: per examination its consent and
 * privacy, interview, physical and psychological findings; and the interpretation of each finding
 * against each alleged act.
 */
public record IstanbulSections(List<Exam> exams, List<Entry> acts, List<Row> interpretations) {

  /** One examination and what belongs to it. */
  public record Exam(
      Entry examination,
      List<Entry> conditions,
      List<Entry> interviews,
      List<Entry> physical,
      List<Entry> psychological) {}

  /** One finding and, per act (in {@link #acts()} order), its interpretation or null. */
  public record Row(Entry finding, List<@Nullable Entry> cells) {}

  /** Lays out a case file's Istanbul Protocol items. */
  public static IstanbulSections of(CaseFile file) {
    var exams = new ArrayList<Exam>();
    for (var ex : file.current(Kind.EXAMINATION)) {
      var id = ex.itemId();
      exams.add(
          new Exam(
              ex,
              belonging(file, Kind.CONDITIONS, id),
              belonging(file, Kind.INTERVIEW, id),
              findings(file, id, FindingKind.PHYSICAL),
              findings(file, id, FindingKind.PSYCHOLOGICAL)));
    }
    var acts = file.current(Kind.ACT);
    var rows = new ArrayList<Row>();
    for (var finding : file.current(Kind.FINDING)) {
      var cells = new ArrayList<@Nullable Entry>();
      for (var act : acts) {
        cells.add(file.interpretation(finding.itemId(), act.itemId()).orElse(null));
      }
      rows.add(new Row(finding, cells));
    }
    return new IstanbulSections(exams, acts, rows);
  }

  private static List<Entry> belonging(CaseFile file, Kind kind, UUID examination) {
    return file.current(kind).stream()
        .filter(e -> examination.equals(e.ref("examination")))
        .toList();
  }

  private static List<Entry> findings(CaseFile file, UUID examination, FindingKind kind) {
    return belonging(file, Kind.FINDING, examination).stream()
        .filter(f -> kind.name().equals(f.text("findingKind")))
        .toList();
  }
}
