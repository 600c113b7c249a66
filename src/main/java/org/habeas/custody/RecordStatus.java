package org.habeas.custody;

/** Whether a custody record still describes a person held. */
public enum RecordStatus {
  /** The person is still deprived of liberty under this record. */
  OPEN,
  /**
   * The person was released, or handed over to a remand prison that has not recorded their arrival,
   * or left the remand prison that continued the record.
   */
  CLOSED,
  /**
   * Police custody ended at the hand-over to a remand prison, which recorded the person's arrival
   * and holds them under the same record, judged by the profile's remand rules (issue 16). The name
   * fits the read model's status column (8 characters).
   */
  REMANDED
}
