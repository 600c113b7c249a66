package org.habeas.safeguards;

import java.util.Arrays;
import java.util.Optional;
import org.habeas.custody.InterrogationStarted;

/** What every questioning must have, as its {@code InterrogationStarted} records it. */
public enum QuestioningCheck {
  /** A lawyer present. */
  LAWYER_PRESENT("lawyerPresent"),
  /** A legal representative or appropriate adult present. */
  LEGAL_REPRESENTATIVE_PRESENT("legalRepresentativePresent"),
  /** An interpreter present. */
  INTERPRETER_PRESENT("interpreterPresent"),
  /** A video recording that covers it. */
  VIDEO_RECORDED("videoRecorded");

  private final String code;

  QuestioningCheck(String code) {
    this.code = code;
  }

  /** The name used in profile documents. */
  public String code() {
    return code;
  }

  /** The check with the given code. */
  public static Optional<QuestioningCheck> of(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }

  /** Whether the questioning that started so has what this check asks for. */
  public boolean passes(InterrogationStarted q) {
    return switch (this) {
      case LAWYER_PRESENT -> Boolean.TRUE.equals(q.lawyerPresent());
      case LEGAL_REPRESENTATIVE_PRESENT -> Boolean.TRUE.equals(q.legalRepresentativePresent());
      case INTERPRETER_PRESENT -> Boolean.TRUE.equals(q.interpreterPresent());
      case VIDEO_RECORDED -> q.videoRecordingId() != null && !q.videoRecordingId().isBlank();
    };
  }

  @Override
  public String toString() {
    return code;
  }
}
