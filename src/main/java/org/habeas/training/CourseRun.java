package org.habeas.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One run of a course.
 *
 * @param code the run's code; the Moodle course's short name, so an import is checked against it
 * @param tutorId the certified tutor of a tutored run
 */
public record CourseRun(
    String id,
    String courseId,
    String code,
    LocalDate startsOn,
    LocalDate endsOn,
    String language,
    @Nullable String location,
    @Nullable String tutorId) {}
