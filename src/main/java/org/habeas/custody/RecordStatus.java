package org.habeas.custody;

/** Whether a custody record still describes a person held. */
public enum RecordStatus {
  /** The person is still deprived of liberty under this record. */
  OPEN,
  /** The person was released, or handed over to a remand prison. */
  CLOSED
}
