package org.habeas.field;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.habeas.custody.PersonKeys;
import org.habeas.ledger.RecordPayloads;
import org.habeas.overview.DetentionSources;
import org.habeas.overview.Sighting;
import org.habeas.overview.Sighting.SourceKind;
import org.habeas.system.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field registrations as a source of the overview's matching: each captured, or saying the
 * person was apprehended, since the instant, keyed on the person it names (opened from the sealed
 * registration, never shown). The source knew of the detention when the phone captured it (the
 * signed time; the receipt if the phone's clock ran ahead of the server). The link to the
 * registration is given to whoever may see it.
 */
@Component
class FieldSightings implements DetentionSources {

  /** At most so many registrations are matched (the latest). */
  static final int MAX_REGISTRATIONS = 2000;

  private final FieldStore store;
  private final RecordPayloads payloads;
  private final JsonMapper json;
  private final PersonKeys keys;

  FieldSightings(FieldStore store, RecordPayloads payloads, JsonMapper json, PersonKeys keys) {
    this.store = store;
    this.payloads = payloads;
    this.json = json;
    this.keys = keys;
  }

  @Override
  public List<Sighting> sightings(Actor actor, Instant since, Instant now) {
    var out = new ArrayList<Sighting>();
    var registrations =
        store.page(
            "r.captured_at >= :since or r.apprehended_at >= :since",
            Map.of("since", Timestamp.from(since)),
            false,
            MAX_REGISTRATIONS);
    for (var r : registrations) {
      FieldRegistrations.Sealed sealed;
      try {
        sealed =
            json.readValue(
                payloads.reader(r.id().toString()).open(0, r.sealed()),
                FieldRegistrations.Sealed.class);
      } catch (IllegalStateException erased) {
        continue; // its key is gone: no person left to match
      }
      var person = sealed.person();
      out.add(
          new Sighting(
              SourceKind.FIELD_REGISTRATION,
              FieldRegistrations.pseudonym(r.id()),
              FieldAccess.sees(actor, r) ? "/field-registrations/" + r.id() : null,
              keys.person(person.name(), date(person.birthDate())),
              keys.nationalId(person.nationalId()),
              keys.name(person.name()),
              r.toFacilityId(),
              r.capturedAt().isAfter(r.receivedAt()) ? r.receivedAt() : r.capturedAt(),
              r.apprehendedAt()));
    }
    return out;
  }

  private static @Nullable LocalDate date(@Nullable String birthDate) {
    if (birthDate == null) {
      return null;
    }
    try {
      return LocalDate.parse(birthDate);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
