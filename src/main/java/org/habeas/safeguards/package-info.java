/**
 * The law's safeguards as data and as checks: versioned jurisdiction profiles of rules, a pure
 * engine that turns a custody record's events and an instant into obligations with deadlines and
 * statuses, and (in {@code alerts}) the sweep that warns prosecutors and monitors as deadlines near
 * and pass.
 */
@NullMarked
package org.habeas.safeguards;

import org.jspecify.annotations.NullMarked;
