package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An injury on the person was recorded.
 *
 * <p>It starts the duty to have a doctor examine the person and to tell the prosecutor.
 *
 * <p>A doctor records it on the body map (issue 15): the regions marked, each with its kind, size,
 * age and description ({@link #marks}), the person's own account of how it happened, and the
 * photographs taken as evidence, each named by the SHA-256 of its stored bytes so that the
 * tamper-evident log, which commits to the event, commits to the photographs too. These fields came
 * later and are optional: an injury recorded at the desk in words alone stays valid.
 *
 * @param marks the injuries marked on the body map, if any
 * @param account the person's own account of how they were injured, if given
 * @param photoSha256 the SHA-256 (hex) of each photograph stored with the event, if any
 */
public record InjuryRecorded(
    @NotNull Instant occurredAt,
    @NotBlank String description,
    @NotBlank String recordedBy,
    @Nullable @Valid @Size(max = 40) List<@NotNull @Valid InjuryMark> marks,
    @Nullable @Size(max = 10000) String account,
    @Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = "[0-9a-f]{64}") String> photoSha256)
    implements CustodyEvent {

  /** An injury recorded in words alone. */
  public InjuryRecorded(Instant occurredAt, String description, String recordedBy) {
    this(occurredAt, description, recordedBy, null, null, null);
  }

  /** The marks, none if there are none. */
  @JsonIgnore
  public List<InjuryMark> marksOrNone() {
    return marks == null ? List.of() : marks;
  }

  /** The photographs' SHA-256, none if there are none. */
  @JsonIgnore
  public List<String> photosOrNone() {
    return photoSha256 == null ? List.of() : photoSha256;
  }

  /** The body map of the marks, for the pages. */
  @JsonIgnore
  public BodyMap bodyMap() {
    return BodyMap.of(marksOrNone());
  }
}
