/**
 * The electronic custody record: one append-only sequence of typed events per deprivation of
 * liberty, from actual apprehension to release or hand-over to a remand prison, checked against its
 * own timeline and shown to each viewer only as much as their role allows. Who may write is decided
 * in one place ({@code CustodyAccess}) on the record as it stands before the event: only the
 * facility holding the person writes, and a record moves only by a transfer it receives.
 */
@NullMarked
package org.habeas.custody;

import org.jspecify.annotations.NullMarked;
