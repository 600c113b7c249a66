package org.habeas.safeguards.rules;

import java.time.Instant;
import org.habeas.safeguards.Reason;
import org.jspecify.annotations.Nullable;

/**
 * How one {@code DetentionExtended} was judged.
 *
 * @param ruleId the rule that judged it: an extension rule, or the deadline itself
 * @param extension the event
 * @param latest the latest it could lawfully have been granted
 * @param lawful whether it moved the deadline
 * @param until where it moved the deadline to, if lawful
 * @param reason why it was not lawful, or {@code CAPPED} if it counted only up to the maximum
 */
record ExtensionJudgement(
    String ruleId,
    Fact extension,
    Instant latest,
    boolean lawful,
    @Nullable Instant until,
    @Nullable Reason reason) {}
