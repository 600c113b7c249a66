package org.habeas.training.web;

import static org.habeas.training.web.Forms.text;

import java.util.Arrays;
import org.habeas.training.Course;
import org.jspecify.annotations.Nullable;

/** A new course as posted, kept as typed (the hours too) for when it is refused. */
record CourseForm(
    @Nullable String code,
    @Nullable String titleEn,
    @Nullable String titleRu,
    @Nullable String titleKk,
    @Nullable String provider,
    @Nullable String subject,
    @Nullable String format,
    @Nullable String languages,
    @Nullable String durationHours) {

  static final CourseForm EMPTY =
      new CourseForm(null, null, null, null, null, null, null, null, null);

  /** The course to add; its languages are typed in one field, apart by commas or spaces. */
  Course course() {
    var langs = Arrays.stream(text(languages).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    return new Course(
        "",
        text(code),
        text(titleEn),
        text(titleRu),
        text(titleKk),
        text(provider),
        text(subject),
        text(format),
        langs,
        Forms.integer("durationHours", durationHours));
  }
}
