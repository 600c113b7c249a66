/**
 * The statistics read model: per-record facts and monthly aggregates, kept incrementally from the
 * custody events and rebuilt from the records on request. A projection, never history.
 */
@NullMarked
package org.habeas.statistics.readmodel;

import org.jspecify.annotations.NullMarked;
