package org.habeas.custody;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One injury marked on the body map.
 *
 * @param region where on the body
 * @param kind what it is
 * @param sizeCm its largest extent in centimetres, if measured
 * @param age how old it looks, if estimated
 * @param description what the doctor sees (shape, colour, pattern)
 */
public record InjuryMark(
    @NotNull BodyRegion region,
    @NotNull InjuryKind kind,
    @Nullable @DecimalMin("0.1") @DecimalMax("200") BigDecimal sizeCm,
    @Nullable InjuryAge age,
    @Nullable @Size(max = 2000) String description) {}
