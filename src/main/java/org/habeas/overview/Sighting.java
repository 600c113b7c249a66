package org.habeas.overview;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One source's knowledge of one detention, without the person: they are named by keyed hashes only
 * (custody's {@code PersonKeys}, the same for every module), so two sources match when a key
 * matches.
 *
 * @param kind which source
 * @param reference its pseudonymous reference ({@code D-…}, {@code R-…}, a complaint's reference)
 * @param link the source's page, if the actor may open it; else null
 * @param personKey the keyed hash of the folded full name and the date of birth, if both known
 * @param nationalIdKey the keyed hash of the national identity number, if known
 * @param nameKey the keyed hash of the folded full name alone, if known (matched only with a source
 *     that has no date of birth)
 * @param facilityId where the person is (or was) held, if the source says
 * @param knownAt when the source knew it: a report's or a complaint's time, a capture's time, a
 *     record's opening
 * @param heldSince since when the person is held, if the source says (a record's apprehension)
 */
public record Sighting(
    SourceKind kind,
    String reference,
    @Nullable String link,
    @Nullable String personKey,
    @Nullable String nationalIdKey,
    @Nullable String nameKey,
    @Nullable String facilityId,
    Instant knownAt,
    @Nullable Instant heldSince) {

  /** The sources, the custody record first; each has a message {@code overview.sources.kind.*}. */
  public enum SourceKind {
    CUSTODY_RECORD,
    FIELD_REGISTRATION,
    DETENTION_REPORT,
    COMPLAINT
  }

  /** When the person was held by this source's account: since when, else when it was known. */
  public Instant anchor() {
    return heldSince == null ? knownAt : heldSince;
  }

  /**
   * Whether both name the same person: the same name and date of birth, or the same national
   * identity number, or the same name where one of them has no date of birth.
   */
  public boolean samePerson(Sighting other) {
    if (personKey != null && personKey.equals(other.personKey)) {
      return true;
    }
    if (nationalIdKey != null && nationalIdKey.equals(other.nationalIdKey)) {
      return true;
    }
    boolean oneWithoutBirthDate = personKey == null || other.personKey == null;
    return oneWithoutBirthDate && nameKey != null && nameKey.equals(other.nameKey);
  }
}
