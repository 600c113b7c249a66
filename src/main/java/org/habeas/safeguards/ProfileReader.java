package org.habeas.safeguards;

import java.util.List;
import org.habeas.safeguards.yaml.ProfileParser;

/**
 * Reads profile documents (YAML) and says what is wrong with a bad one, line by line.
 *
 * <p>The document's shape, by example:
 *
 * <pre>{@code
 * profile: kz
 * version: 1
 * title: {kk: …, ru: …, en: …}
 * settings:
 *   zone: event-facility          # or apprehension-facility
 *   languagesOfProceedings: [kk, ru]
 *   lateEntryAfter: PT1H
 *   relevantTime: {from: ArrivedAtFacility, atLatest: PT24H}   # PACE only
 *   openTooLong: {limit: PT72H, basis: …, confidence: M}
 *   complaints: {stillHeldFirstResponse: PT24H}   # first response to a person still held
 * rules:
 *   - id: kz.court-within-48h
 *     title: {kk: …, ru: …, en: …}
 *     kind: deadline              # see RuleKind for the kinds and RuleTerms for their keys
 *     when: {juvenile: false}
 *     from: Apprehended
 *     metBy: [RemandOrdered, ReleaseOrdered, Released]
 *     limit: PT48H
 *     extension: {upTo: PT72H}
 *     clock: true
 *     basis: CPC
 *     confidence: M
 *   - id: cpt.lawyer-from-outset
 *     kind: every-questioning
 *     requires: lawyerPresent
 *     waiver: {by: [LawyerWaived: {inWriting: true}], notFor: [juvenile], revokedBy: LawyerRequested}
 *     # questioning during a delay the profile's delay rules judge lawful, within 48 h of apprehension
 *     excusedByDelay: {right: lawyer, upTo: PT48H, endedBy: LawyerArrived}
 *     …
 * }</pre>
 */
public final class ProfileReader {

  private ProfileReader() {}

  /**
   * The profile a document describes.
   *
   * @throws InvalidProfileException with every problem found, each at its line and column
   */
  public static Profile read(String document) {
    return ProfileParser.parse(document);
  }

  /** Every problem with a document, in document order; empty if it is a valid profile. */
  public static List<ProfileError> problems(String document) {
    try {
      ProfileParser.parse(document);
      return List.of();
    } catch (InvalidProfileException e) {
      return e.errors();
    }
  }

  /**
   * Every problem with a document as a version of the profile {@code id}, in document order: the
   * reader's, and a {@code profile} key naming another profile.
   */
  public static List<ProfileError> problems(String id, String yaml) {
    var errors = problems(yaml);
    if (!errors.isEmpty()) {
      return errors;
    }
    var p = read(yaml);
    if (!p.id().equals(id)) {
      int line = lineOf(yaml, "profile:");
      return List.of(
          new ProfileError(
              line,
              1,
              "profile",
              ProfileProblem.BAD_VALUE,
              List.of(p.id(), id),
              ProfileProblem.BAD_VALUE.english(p.id(), id)));
    }
    return List.of();
  }

  private static int lineOf(String yaml, String prefix) {
    var lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(prefix)) {
        return i + 1;
      }
    }
    return 1;
  }
}
