package org.habeas.complaints.casefile;

/** The two kinds of medical findings of the Istanbul Protocol. */
public enum FindingKind {
  PHYSICAL,
  PSYCHOLOGICAL
}
