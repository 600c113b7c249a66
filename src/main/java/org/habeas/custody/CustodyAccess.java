package org.habeas.custody;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Who may see and write what on a custody record (least privilege): an officer the records of their
 * facility, an investigator those where they questioned, a doctor the medical part at their
 * facility, a prosecutor their region, a lawyer their clients', a monitor everything pseudonymised
 * unless they give a reason, the administrator no detainee data at all.
 *
 * <p>The one place where access is decided: the API and the pages both write through {@link
 * CustodyRecords#append}, which asks {@link #mayAppend} with the record as it stands
 * <em>before</em> the event. An event is never judged by what it would make of the record: an
 * {@code ArrivedAtFacility} naming the writer's own facility must not be what gives the writer the
 * record (issue 14: 41 of 41 records taken over that way), nor an {@code InterrogationStarted}
 * naming the writer.
 *
 * <p>Reading follows where the person has been; writing follows who holds them now ({@link
 * CustodyRecord#holdingFacilityId()}):
 *
 * <ul>
 *   <li>a facility the person passed through may still read the record, but only the holding
 *       facility's staff write to it;
 *   <li>a move is a {@code Transferred} written by the holding facility; the receiving facility,
 *       which sees the record once it is on its way there, may then record only the {@code
 *       ArrivedAtFacility} at itself, and holds the person from then on;
 *   <li>a closed record is written to only by the facility that held the person last (late entries
 *       from its paper log, corrections), never moved, never received; after a release, also by the
 *       few named below, and only with what can follow a release; and a record handed over to a
 *       remand prison after a remand order is received by that prison (its staff record the {@code
 *       ArrivedAtFacility} at itself), which then holds the person under the same record in its
 *       remand phase: its staff and doctor write to it, the sending police facility keeps read
 *       access only (issue 16);
 *   <li>a correction is judged twice, as the event it corrects and as its replacement, and never
 *       changes where the person was (the facility of an apprehension or arrival), except that the
 *       sending facility may redirect a transfer still under way;
 *   <li>lawyers and monitors, outside the chain of custody, record allegations and correct only
 *       what they recorded themselves.
 * </ul>
 *
 * <p>After a release (issue 16), the record still takes the events that can lawfully follow it
 * ({@link AfterRelease#EVENTS}; the timeline refuses any other after the release, whoever sends
 * it). Ill-treatment comes to light where the person goes next, so more people than the last holder
 * may write those, and only those:
 *
 * <ul>
 *   <li>the last holding facility's staff and doctor, as for any late entry (the officer every
 *       kind, the doctor the medical ones);
 *   <li>the prosecutor: of the last holder's region as before (the prosecutorial kinds, which hold
 *       {@code ProsecutorNotified} and {@code AllegationMade}), and now also of any region the
 *       person passed through, {@code ProsecutorNotified} and {@code AllegationMade} only: a report
 *       of ill-treatment goes to the prosecutor where it happened;
 *   <li>the lawyer who represents the person, and any monitor: {@code AllegationMade}, as before;
 *   <li>a doctor of any facility the person passed through: {@code InjuryRecorded} and {@code
 *       MedicalExaminationCompleted}, as the holder's doctor may (what they saw while the person
 *       was there, or the person coming back to them);
 *   <li>corrections keep the rules above: judged as the event corrected and as the replacement,
 *       outside the chain of custody only one's own.
 * </ul>
 *
 * <p>None of this reopens the record: nobody else receives, moves or releases the person again, and
 * a hand-over to a remand prison is not a release.
 */
@Component
class CustodyAccess {

  /** The kind of facility that holds people remanded in custody ({@link Facility#KINDS}). */
  static final String REMAND_PRISON = "remand-prison";

  private final Function<String, Optional<String>> regionOf;
  private final Function<String, Optional<String>> kindOf;
  private final AccessListing listing;

  @Autowired
  CustodyAccess(Facilities facilities, PartyKeys parties) {
    this(
        id -> facilities.find(id).map(Facility::regionCode),
        id -> facilities.find(id).map(Facility::kind),
        parties);
  }

  /**
   * Access decided with the given lookup of a facility's region (tests give a map); no facility is
   * known as a remand prison.
   */
  CustodyAccess(Function<String, Optional<String>> regionOf, PartyKeys parties) {
    this(regionOf, id -> Optional.empty(), parties);
  }

  /**
   * Access decided with the given lookups of a facility's region and kind (tests give maps).
   *
   * @param regionOf the region code of a facility id, empty if unknown
   * @param kindOf the kind of a facility id ({@link Facility#KINDS}), empty if unknown
   * @param parties how the access index keeps names, for the lists
   */
  CustodyAccess(
      Function<String, Optional<String>> regionOf,
      Function<String, Optional<String>> kindOf,
      PartyKeys parties) {
    this.regionOf = regionOf;
    this.kindOf = kindOf;
    this.listing = new AccessListing(parties);
  }

  Visibility visibility(Actor a, CustodyRecord r) {
    return switch (a.role()) {
      case CUSTODY_OFFICER -> AccessFacts.visited(a, r) ? Visibility.FULL : Visibility.NONE;
      case DOCTOR -> AccessFacts.visited(a, r) ? Visibility.MEDICAL : Visibility.NONE;
      case INVESTIGATOR -> AccessFacts.questioned(a, r) ? Visibility.FULL : Visibility.NONE;
      case PROSECUTOR -> inRegion(a, r) ? Visibility.FULL : Visibility.NONE;
      case LAWYER -> AccessFacts.represents(a, r) ? Visibility.FULL : Visibility.NONE;
      case MONITOR -> Visibility.PSEUDONYMISED;
      case ADMIN, TRAINER, FOCAL_POINT -> Visibility.NONE;
    };
  }

  /**
   * The same decision as {@link #visibility(Actor, CustodyRecord)}, from the facts the read model
   * keeps of the record ({@link BoardFacts}) rather than its replayed history: what the board and
   * the records list decide each line by, in one query. The facts are the ones the decision above
   * reads (where the person has been, who questioned them, who represents them), the names as the
   * keyed hashes the access index compares; {@code CustodyAccessProjectionTests} shows both give
   * the same answer for every demo record and user.
   */
  Visibility visibility(Actor a, BoardFacts r) {
    return switch (a.role()) {
      case CUSTODY_OFFICER -> AccessFacts.visited(a, r) ? Visibility.FULL : Visibility.NONE;
      case DOCTOR -> AccessFacts.visited(a, r) ? Visibility.MEDICAL : Visibility.NONE;
      case INVESTIGATOR ->
          AccessFacts.anyOf(listing.indexKeysOf(a, Parties.INTERROGATOR), r.interrogators())
              ? Visibility.FULL
              : Visibility.NONE;
      case PROSECUTOR -> inRegion(a, r.facilities()) ? Visibility.FULL : Visibility.NONE;
      case LAWYER ->
          AccessFacts.anyOf(listing.indexKeysOf(a, Parties.LAWYER), r.lawyers())
              ? Visibility.FULL
              : Visibility.NONE;
      case MONITOR -> Visibility.PSEUDONYMISED;
      case ADMIN, TRAINER, FOCAL_POINT -> Visibility.NONE;
    };
  }

  /**
   * Whether the actor may print the person's own copy of the record (PACE Code C 2.4A; issue 19):
   * the custody officer of the facility that holds the person (or held them last, on release), and
   * the lawyer who represents them. No one else, not even those who may read the record: the copy
   * is the person's, handed to them or to their lawyer.
   */
  boolean mayGiveCopy(Actor a, CustodyRecord r) {
    return switch (a.role()) {
      case CUSTODY_OFFICER -> AccessFacts.holds(a, r);
      case LAWYER -> AccessFacts.represents(a, r);
      default -> false;
    };
  }

  /**
   * Whether the actor may record the event on the record as it stands before it ({@code before}). A
   * correction must pass as the event it corrects and as its replacement.
   */
  boolean mayAppend(Actor a, CustodyRecord before, CustodyEvent e) {
    if (!(e instanceof Corrected c)) {
      return mayWrite(a, before, e);
    }
    var original = CorrectionAccess.original(before, c.correctsSeq());
    if (original == null) {
      // No such event (or a correction of a correction): the timeline check refuses it, with the
      // reason; the replacement alone decides whether this actor may hear that reason.
      return mayWrite(a, before, c.replacement());
    }
    return mayWrite(a, before, original.event())
        && mayWrite(a, before, c.replacement())
        && CorrectionAccess.keepsWhereThePersonWas(a, before, original.event(), c.replacement())
        && (CorrectionAccess.insideTheChainOfCustody(a)
            || a.username().equals(original.recordedBy()));
  }

  /** Whether the actor may open a record at the facility named by the apprehension. */
  boolean mayOpen(Actor a, Apprehended e) {
    return switch (a.role()) {
      case CUSTODY_OFFICER -> e.facilityId().equals(a.facilityId());
      default -> false;
    };
  }

  /**
   * The event types the actor may record on the record as it stands (not corrections): what the
   * record page offers, and the first test of every append ({@link #mayAppend}). An event of one of
   * these types may still be refused for what it says (an arrival at another facility, a
   * questioning by someone else).
   */
  Set<Class<? extends CustodyEvent>> recordable(Actor a, CustodyRecord r) {
    return switch (a.role()) {
      case CUSTODY_OFFICER -> {
        if (!AccessFacts.holds(a, r)) {
          yield mayReceive(a, r) ? Set.of(ArrivedAtFacility.class) : Set.of();
        }
        var all = new LinkedHashSet<Class<? extends CustodyEvent>>(CustodyEvent.KINDS);
        all.remove(Corrected.class);
        all.removeAll(AccessKinds.NOT_BY_THE_FACILITY);
        if (!mayReceive(a, r)) {
          all.remove(ArrivedAtFacility.class);
        }
        yield all;
      }
      case DOCTOR ->
          AccessFacts.holds(a, r) || (r.released() && AccessFacts.visited(a, r))
              ? AccessKinds.MEDICAL
              : Set.of();
      case INVESTIGATOR -> AccessFacts.questioned(a, r) ? AccessKinds.INVESTIGATIVE : Set.of();
      case PROSECUTOR -> {
        if (holderInRegion(a, r)) {
          yield AccessKinds.PROSECUTORIAL;
        }
        yield r.released() && inRegion(a, r) ? AccessKinds.PROSECUTORIAL_AFTER_RELEASE : Set.of();
      }
      case LAWYER -> AccessFacts.represents(a, r) ? Set.of(AllegationMade.class) : Set.of();
      case MONITOR -> Set.of(AllegationMade.class);
      case ADMIN, TRAINER, FOCAL_POINT -> Set.of();
    };
  }

  /**
   * Whether the actor may correct the stored event (not itself a correction): as they may record
   * its type, and, outside the chain of custody, only what they recorded themselves. The
   * replacement is judged again when it is sent.
   */
  boolean mayCorrect(Actor a, CustodyRecord r, StoredEvent original) {
    return !(original.event() instanceof Corrected)
        && mayWrite(a, r, original.event())
        && (CorrectionAccess.insideTheChainOfCustody(a)
            || a.username().equals(original.recordedBy()));
  }

  /** The rule for one event (not a correction) on the record as it stands. */
  private boolean mayWrite(Actor a, CustodyRecord r, CustodyEvent e) {
    if (!recordable(a, r).contains(e.getClass())) {
      return false;
    }
    return switch (e) {
      case ArrivedAtFacility arrival -> arrival.facilityId().equals(a.facilityId());
      case InterrogationStarted i when a.is(Role.INVESTIGATOR) ->
          AccessFacts.names(a, i.interrogator());
      default -> true;
    };
  }

  /**
   * An arrival is recorded by the facility arrived at, and only where the record says the person
   * is, or is on the way to: by the holding facility (the first arrival after apprehension, or a
   * late entry), or by the receiving facility of a transfer under way.
   */
  private boolean mayReceive(Actor a, CustodyRecord r) {
    var mine = a.facilityId();
    if (mine == null || !mine.equals(r.currentFacilityId())) {
      return false;
    }
    return AccessFacts.holds(a, r)
        || (r.isHeld() && !r.atCurrentFacility())
        || (r.handedOverToRemand() && isRemandPrison(mine));
  }

  /**
   * Only a remand prison continues a record handed over to it after a remand order (issue 16);
   * anywhere else the hand-over closes the record as before.
   */
  private boolean isRemandPrison(String facilityId) {
    return kindOf.apply(facilityId).filter(REMAND_PRISON::equals).isPresent();
  }

  /**
   * The SQL condition (on custody_record_view v) and its parameters for the records listed: by the
   * access index {@code custody_party}, where people's names are kept as keyed hashes ({@link
   * PartyKeys}).
   */
  Map.Entry<String, Map<String, Object>> listCondition(Actor a) {
    return listing.listCondition(a);
  }

  private boolean inRegion(Actor a, CustodyRecord r) {
    return inRegion(a, r.facilitiesVisited());
  }

  /** One of the facilities is in the actor's region. */
  private boolean inRegion(Actor a, Collection<String> facilities) {
    return a.regionCode() != null
        && facilities.stream()
            .map(regionOf)
            .flatMap(Optional::stream)
            .anyMatch(a.regionCode()::equals);
  }

  /** A prosecutor supervises the detention where the person is held, not where they once were. */
  private boolean holderInRegion(Actor a, CustodyRecord r) {
    return a.regionCode() != null
        && regionOf.apply(r.holdingFacilityId()).filter(a.regionCode()::equals).isPresent();
  }
}
