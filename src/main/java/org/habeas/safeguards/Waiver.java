package org.habeas.safeguards;

import java.util.List;
import java.util.Set;

/**
 * A recorded waiver that lawfully dispenses with a check at questioning, e.g. a lawyer waived in
 * writing in a lawyer's presence.
 *
 * @param by the events that are a valid waiver; an event of the same type that does not match is an
 *     invalid waiver
 * @param notFor conditions under which no waiver is valid (mandatory defence: juveniles, people who
 *     need an interpreter)
 * @param revokedBy events that take a waiver back, e.g. the person asking for a lawyer after all
 */
public record Waiver(List<EventPattern> by, Set<Condition> notFor, List<EventPattern> revokedBy) {}
