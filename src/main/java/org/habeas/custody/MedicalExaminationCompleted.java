package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A doctor examined the person. */
public record MedicalExaminationCompleted(
    @NotNull Instant occurredAt,
    @NotBlank String doctor,
    @NotNull Boolean injuriesFound,
    @Nullable String findings)
    implements CustodyEvent {}
