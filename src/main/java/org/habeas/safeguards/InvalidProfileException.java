package org.habeas.safeguards;

import java.util.List;
import java.util.stream.Collectors;

/** A profile document was refused; the version in force stays. */
public final class InvalidProfileException extends RuntimeException {

  private final List<ProfileError> errors;

  public InvalidProfileException(List<ProfileError> errors) {
    super(
        errors.stream()
            .map(ProfileError::toString)
            .collect(Collectors.joining("\n", "invalid profile:\n", "")));
    this.errors = List.copyOf(errors);
  }

  /** Every problem found, in document order. */
  public List<ProfileError> errors() {
    return errors;
  }
}
