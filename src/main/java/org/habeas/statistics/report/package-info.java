/**
 * The commission's annual report on pre-trial safeguards as a PDF in the chosen language: generated
 * on request as a job whose progress a page polls, with the DejaVu fonts embedded so Kazakh and
 * Russian render anywhere.
 */
@NullMarked
package org.habeas.statistics.report;

import org.jspecify.annotations.NullMarked;
