package org.habeas.complaints.casefile;

/** What a complaint's case file may point at outside the complaint. */
public enum LinkKind {
  CUSTODY_RECORD,
  FACILITY
}
