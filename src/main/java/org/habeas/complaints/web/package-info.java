/**
 * The complaints' pages (the public form and status look-up, the staff list, a complaint with its
 * timeline, staff intake) and the JSON API under {@code /api/v1/complaints}.
 */
@NullMarked
package org.habeas.complaints.web;

import org.jspecify.annotations.NullMarked;
