/** Training's pages and API: courses and runs, Moodle import, certificates, events, coverage. */
@NullMarked
package org.habeas.training.web;

import org.jspecify.annotations.NullMarked;
