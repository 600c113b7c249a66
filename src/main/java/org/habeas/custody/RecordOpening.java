package org.habeas.custody;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habeas.custody.CustodyRecords.ProfileOverride;
import org.habeas.ledger.MerkleLog;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a record with the apprehension, under the legal profile of the facility (or another one a
 * custody supervisor chose, which the record then says).
 */
@Component
class RecordOpening {

  private final CustodyEventStore store;
  private final CustodyAccess access;
  private final EventChecks checks;
  private final Landing landing;
  private final Facilities facilities;
  private final MerkleLog ledger;
  private final Clock clock;

  RecordOpening(
      CustodyEventStore store,
      CustodyAccess access,
      EventChecks checks,
      Landing landing,
      Facilities facilities,
      MerkleLog ledger,
      Clock clock) {
    this.store = store;
    this.access = access;
    this.checks = checks;
    this.landing = landing;
    this.facilities = facilities;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Opens a record with the apprehension; returns its id. */
  @Transactional
  String open(Actor actor, Apprehended apprehended) {
    checks.validate(apprehended);
    checks.facility(apprehended.facilityId(), "facilityId");
    if (!access.mayOpen(actor, apprehended)) {
      throw Problem.forbidden("custody.forbiddenFacility", apprehended.facilityId());
    }
    checkProfile(actor, apprehended);
    var now = clock.instant();
    var state = checks.checked(List.of(), apprehended);
    var id = UUID.randomUUID().toString();
    var first = new StoredEvent(1, apprehended, now, actor.username(), null);
    store.create(id, apprehended.jurisdiction(), actor.username(), now);
    var ledgerRecord = ledger.forNewRecord(id);
    store.append(ledgerRecord, first);
    landing.land(ledgerRecord, state, List.of(first), true);
    return id;
  }

  /**
   * The legal profile comes from the facility (its jurisdiction); only a custody supervisor may
   * open a record under another, and the record then says so ({@link #profileOverride}).
   */
  private void checkProfile(Actor actor, Apprehended apprehended) {
    var own = facilityProfile(apprehended.facilityId());
    if (own != null && own != apprehended.jurisdiction() && !actor.supervisor()) {
      throw Problem.badField(
          "jurisdiction",
          "custody.profileNotFacility",
          apprehended.jurisdiction().code(),
          own.code());
    }
  }

  /** The legal profile of a facility, from its jurisdiction; null for one no profile has. */
  @Nullable Jurisdiction facilityProfile(String facilityId) {
    return facilities
        .find(facilityId)
        .flatMap(
            f -> {
              try {
                return Optional.of(Jurisdiction.of(f.jurisdiction()));
              } catch (IllegalArgumentException e) {
                return Optional.<Jurisdiction>empty();
              }
            })
        .orElse(null);
  }

  /** {@link ProfileOverride} of the record shown, or null. */
  @Nullable ProfileOverride profileOverride(RecordView view) {
    var opening =
        view.state().events().stream()
            .map(TimelineEntry::stored)
            .filter(s -> s.seq() == 1 && s.event() instanceof Apprehended)
            .findFirst();
    if (opening.isEmpty()) {
      return null;
    }
    var a = (Apprehended) opening.get().event();
    var own = facilityProfile(a.facilityId());
    return own == null || own == view.state().jurisdiction()
        ? null
        : new ProfileOverride(String.valueOf(opening.get().recordedBy()), own.code());
  }
}
