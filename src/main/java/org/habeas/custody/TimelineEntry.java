package org.habeas.custody;

import org.jspecify.annotations.Nullable;

/**
 * One line of a record's timeline: a stored event, and whether a later correction replaced it.
 *
 * <p>A superseded event stays in the timeline, because the record shows every mistake and its fix;
 * it no longer counts for the record's state.
 *
 * @param stored the event as stored
 * @param supersededBy the seq of the correction that replaced it, if one did
 */
public record TimelineEntry(StoredEvent stored, @Nullable Integer supersededBy) {

  /** Whether a later correction replaced this event. */
  public boolean superseded() {
    return supersededBy != null;
  }
}
