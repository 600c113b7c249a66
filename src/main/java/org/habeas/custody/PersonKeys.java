package org.habeas.custody;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The keys a person is matched on across modules (a custody record, a report of a detention, a
 * complaint, a field registration): keyed hashes under custody's party key ({@link PartyKeys}), so
 * that every module computes the same key in one way and none needs the others' names in clear.
 * Names are folded as the access index folds them (trimmed, lower-case, inner spaces folded), and
 * each kind of key has its own prefix, so no key equals another kind's or the index's.
 */
@Component
public class PersonKeys {

  private final PartyKeys keys;

  PersonKeys(PartyKeys keys) {
    this.keys = keys;
  }

  /** The key of a full name with a date of birth; null if either is missing. */
  public @Nullable String person(@Nullable String name, @Nullable LocalDate birthDate) {
    var folded = folded(name);
    return folded == null || birthDate == null
        ? null
        : keys.of(Parties.PERSON, "person-born " + folded + " " + birthDate);
  }

  /** The key of a national identity number (IIN), spaces ignored; null if missing. */
  public @Nullable String nationalId(@Nullable String nationalId) {
    if (nationalId == null) {
      return null;
    }
    var digits = nationalId.replaceAll("\\s+", "");
    return digits.isEmpty() ? null : keys.of(Parties.NATIONAL_ID, "person-iin " + digits);
  }

  /** The key of a full name alone (for a source that has no date of birth); null if missing. */
  public @Nullable String name(@Nullable String name) {
    var folded = folded(name);
    return folded == null ? null : keys.of(Parties.PERSON, "person-name " + folded);
  }

  private static @Nullable String folded(@Nullable String name) {
    if (name == null) {
      return null;
    }
    var folded = PartyKeys.fold(name);
    return folded.isEmpty() ? null : folded;
  }
}
