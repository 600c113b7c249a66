package org.habeas.custody;

import org.jspecify.annotations.Nullable;

/**
 * One line of a record's timeline: a stored event, and whether a later correction replaced it.
 *
 * <p>A superseded event stays in the timeline, because the record shows every mistake and its fix;
 * it no longer counts for the record's state.
 *
 * <p>An event after the person's release (an injury found at a hospital that evening) is marked as
 * such: derived from the release in force when the timeline is read, never stored, so a corrected
 * release moves the mark with it ({@link AfterRelease}).
 *
 * @param stored the event as stored
 * @param supersededBy the seq of the correction that replaced it, if one did
 * @param afterRelease whether it happened after the release (a correction: its replacement)
 */
public record TimelineEntry(
    StoredEvent stored, @Nullable Integer supersededBy, boolean afterRelease) {

  /** An entry of a record not released, or before its release. */
  public TimelineEntry(StoredEvent stored, @Nullable Integer supersededBy) {
    this(stored, supersededBy, false);
  }

  /** Whether a later correction replaced this event. */
  public boolean superseded() {
    return supersededBy != null;
  }
}
