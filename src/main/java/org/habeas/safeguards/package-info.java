/**
 * The law's safeguards as data and as checks: versioned jurisdiction profiles of rules, and a pure
 * engine that turns a custody record's events and an instant into obligations with deadlines and
 * statuses.
 */
@NullMarked
package org.habeas.safeguards;

import org.jspecify.annotations.NullMarked;
