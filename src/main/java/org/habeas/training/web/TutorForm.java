package org.habeas.training.web;

import static org.habeas.training.web.Forms.text;

import org.habeas.training.Tutor;
import org.jspecify.annotations.Nullable;

/** A new tutor as posted, kept as typed for when it is refused. */
record TutorForm(@Nullable String fullName, @Nullable String certifiedOn) {

  static final TutorForm EMPTY = new TutorForm(null, null);

  /** The tutor to add, not yet certified when no date is typed. */
  Tutor tutor() {
    return new Tutor("", text(fullName), Forms.optionalDate("certifiedOn", certifiedOn));
  }
}
