package org.habeas.ledger.verify;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A row the pages show, as stored or as the log says it must be.
 *
 * @param key what tells it apart within its stream, or null when rows are matched as a multiset
 * @param seq the event that wrote it (0 for a stored row)
 * @param columns the compared columns; {@link #UNCOMMITTED} where the event does not cover one
 */
record Shown(@Nullable String key, int seq, Map<String, @Nullable Object> columns) {

  /** A column that an event logged before it was committed does not cover. */
  static final Object UNCOMMITTED = new Object();

  static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }
}
