/**
 * Import of Moodle course-completion reports (the HELP platform runs on Moodle): read the CSV,
 * match each row to the staff directory, preview, and store only the confirmed rows, once.
 */
@NullMarked
package org.habeas.training.moodle;

import org.jspecify.annotations.NullMarked;
