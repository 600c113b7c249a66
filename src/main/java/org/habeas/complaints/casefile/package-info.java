/**
 * The case file of a complaint: who did what to whom (acts, victims, alleged perpetrators, sources,
 * the involvement linking them, links to custody records and facilities, after the HURIDOCS events
 * standard formats) and the Istanbul Protocol documentation (interview, physical and psychological
 * findings, the examiner's interpretation, consent and privacy). Every entry is append-only: a
 * correction is a new revision of the item, the current file a fold of the revisions.
 */
@NullMarked
package org.habeas.complaints.casefile;

import org.jspecify.annotations.NullMarked;
