package org.habeas.custody;

/** What kind of injury a mark on the body map is. */
public enum InjuryKind {
  BRUISE,
  ABRASION,
  LACERATION,
  BURN,
  SWELLING,
  FRACTURE_SUSPECTED,
  OTHER;

  /** The message key of the kind's name. */
  public String label() {
    return "bodymap.kind." + name();
  }
}
