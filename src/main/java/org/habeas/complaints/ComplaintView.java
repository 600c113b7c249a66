package org.habeas.complaints;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as one reader may see it.
 *
 * @param complaint the intake facts, personal data replaced when {@code pseudonymised}
 * @param state the folded state
 * @param timeline every entry, oldest first
 * @param pseudonymised whether names and contact are hidden (a monitor who gave no reason)
 * @param pseudonym the stand-in for the people named
 * @param dueAt when the current status falls due
 * @param level how it stands against that
 * @param attachments the documents
 * @param duplicates possible duplicates the reader may see
 * @param mayHandle whether the reader may triage, assign and change any status
 * @param nextStatuses the statuses the reader may move it to now
 * @param regionCode the region of its facility, if any
 */
public record ComplaintView(
    StoredComplaint complaint,
    ComplaintState state,
    List<ComplaintEntry> timeline,
    boolean pseudonymised,
    String pseudonym,
    @Nullable Instant dueAt,
    Deadlines.Level level,
    List<Attachment> attachments,
    List<ComplaintRef> duplicates,
    boolean mayHandle,
    List<ComplaintStatus> nextStatuses,
    @Nullable String regionCode) {}
