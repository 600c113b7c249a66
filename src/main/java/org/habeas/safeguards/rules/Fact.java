package org.habeas.safeguards.rules;

import java.time.Instant;
import java.time.ZoneId;
import org.habeas.custody.CustodyEvent;

/**
 * An event as the engine counts it: corrections applied, placed where it happened.
 *
 * @param seq the seq of the stored event it stands for (a corrected event keeps the original's)
 * @param event what happened, as corrected
 * @param at when it happened
 * @param recordedAt when the server stored it (for a corrected event, when the original was)
 * @param zone the zone of the facility where it happened, which counts its night and its day
 */
record Fact(int seq, CustodyEvent event, Instant at, Instant recordedAt, ZoneId zone) {}
