package org.habeas.safeguards;

import java.util.List;
import org.habeas.custody.StoredEvent;

/**
 * Fixtures for records continued at a remand prison (issue 16): remand prisons, and the police
 * obligations of an evaluation, to show they are judged as if the record had stopped at the
 * hand-over.
 */
public abstract class RemandFixtures extends SafeguardsFixtures {

  public static final String SIZO = "kz-ast-sizo1";
  public static final String EW_PRISON = "ew-met-prison1";
  public static final String CPT_PRISON = "cpt-prison1";

  /** Every obligation not of a remand rule ({@code phase: remand}), in order. */
  public static List<Obligation> policeObligations(Profile profile, Evaluation e) {
    var remand = profile.rules().stream().filter(Rule::remand).map(Rule::id).toList();
    return e.obligations().stream().filter(o -> !remand.contains(o.ruleId())).toList();
  }

  /** The events, then more: the same record continued. */
  public static List<StoredEvent> continued(List<StoredEvent> before, Object... more) {
    var all = new java.util.ArrayList<Object>();
    before.forEach(s -> all.add(s.event()));
    all.addAll(List.of(more));
    return given(all.toArray());
  }
}
