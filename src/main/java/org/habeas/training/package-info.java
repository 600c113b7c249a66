/**
 * Training and joint activities: the staff directory, courses (HELP and national programmes), their
 * runs, completions imported from Moodle, certificates anyone can verify, joint events with partner
 * institutions, and training coverage set beside safeguard compliance (association, not cause). Who
 * handled which custody record is noted from each custody event after its write commits, through
 * Spring Modulith's event publication registry, from the history the event carries.
 */
@NullMarked
package org.habeas.training;

import org.jspecify.annotations.NullMarked;
