package org.habeas.training;

import java.time.LocalDate;
import java.util.List;

/**
 * A certificate issued to a participant of a run, in their language.
 *
 * @param code the verification code: random (120 bits), so unguessable, and carrying nothing about
 *     the holder
 * @param kind one of {@link #KINDS}: attendance, achievement (passed the exam), or the HELP
 *     certificate (a tutored HELP course passed)
 * @param holderName the name as printed on the certificate
 */
public record Certificate(
    String code,
    String runId,
    String staffId,
    String kind,
    String holderName,
    String language,
    LocalDate issuedOn) {

  public static final List<String> KINDS = List.of("ATTENDANCE", "ACHIEVEMENT", "HELP");

  /** The code as printed: six groups of four, e.g. {@code 7K2M-…}. */
  public String printedCode() {
    return VerificationCodes.printed(code);
  }
}
