package org.habeas.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A tutor of tutored courses; certified by HELP's Training-of-Trainers on the date given. */
public record Tutor(String id, String fullName, @Nullable LocalDate certifiedOn) {

  public boolean certified() {
    return certifiedOn != null;
  }
}
