package org.habeas.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A participant completed a run.
 *
 * @param attendancePercent the share of sessions attended, where it was counted
 * @param score the final grade in per cent, where there was an exam
 * @param source {@code MANUAL} or {@code MOODLE}
 */
public record Completion(
    String runId,
    String staffId,
    LocalDate completedOn,
    @Nullable Integer attendancePercent,
    @Nullable BigDecimal score,
    String source) {}
