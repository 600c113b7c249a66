package org.habeas.training.web;

import static org.habeas.training.web.Forms.text;

import org.habeas.training.CourseRun;
import org.jspecify.annotations.Nullable;

/** A new run of a course as posted, kept as typed (dates too) for when it is refused. */
record RunForm(
    @Nullable String courseId,
    @Nullable String code,
    @Nullable String startsOn,
    @Nullable String endsOn,
    @Nullable String language,
    @Nullable String location,
    @Nullable String tutorId) {

  static final RunForm EMPTY = new RunForm(null, null, null, null, null, null, null);

  /** The run to add, without a tutor when none is chosen; a date that does not read is refused. */
  CourseRun run() {
    var tutor = text(tutorId);
    return new CourseRun(
        "",
        text(courseId),
        text(code),
        Forms.date("startsOn", startsOn),
        Forms.date("endsOn", endsOn),
        text(language),
        text(location),
        tutor.isEmpty() ? null : tutor);
  }
}
