/**
 * Deadlines and alerts: keeps each open record's next due instant indexed, sweeps what falls due,
 * raises each alert once across instances, and delivers it to the inbox, by e-mail and by webhook.
 */
@NullMarked
package org.habeas.safeguards.alerts;

import org.jspecify.annotations.NullMarked;
