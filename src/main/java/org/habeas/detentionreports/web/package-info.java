/**
 * The pages of reports of a detention (the public form, its confirmation and status look-up; the
 * staff list and a report's page; the record page's panel) and the public JSON API under {@code
 * /api/v1/detention-reports}.
 */
@NullMarked
package org.habeas.detentionreports.web;

import org.jspecify.annotations.NullMarked;
