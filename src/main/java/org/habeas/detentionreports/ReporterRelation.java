package org.habeas.detentionreports;

/** How the reporter knows of the detention. */
public enum ReporterRelation {
  RELATIVE,
  LAWYER,
  MONITOR,
  WITNESS,
  OTHER
}
