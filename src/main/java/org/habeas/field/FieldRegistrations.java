package org.habeas.field;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CustodyRecords;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.RecordPayloads;
import org.habeas.safeguards.ProfileSettings.RegistrationLimit;
import org.habeas.safeguards.Profiles;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Field registrations, as the rest of the application uses them: a signed capture received (checked
 * against its device key, idempotent by the phone's capture id), read by those whose duty it is
 * (the read logged), the custody record opened from it, and the sweep's alert when no record
 * follows in time.
 */
@Service
public class FieldRegistrations {

  private static final Logger log = LoggerFactory.getLogger(FieldRegistrations.class);

  /** No capture is dated before this, nor after {@link #LATEST}. */
  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

  /** How far ahead of the server a phone's clock may run. */
  static final Duration CLOCK_SLACK = Duration.ofHours(1);

  /** The most a list answers at once. */
  public static final int MAX_LISTED = 200;

  /** What the phone is answered: the server's id, its receipt time and the gap. */
  public record Received(UUID id, Instant receivedAt, long gapSeconds, boolean created) {}

  /** What is sealed under the registration's key: everything the officer said. */
  public record Sealed(
      Capture.Person person,
      Capture.Place place,
      String grounds,
      String unit,
      List<String> officers) {}

  /** A registration as its readers see it. */
  public record View(
      UUID id,
      UUID captureId,
      String deviceKeyId,
      @Nullable String deviceKeyLabel,
      @Nullable String deviceKeyOwner,
      Instant capturedAt,
      Instant receivedAt,
      long gapSeconds,
      Instant apprehendedAt,
      String toFacilityId,
      String toFacilityName,
      String regionCode,
      @Nullable String jurisdiction,
      Sealed capture,
      boolean signatureVerified,
      String status,
      @Nullable Instant limitAt,
      @Nullable Instant alertedAt,
      @Nullable String recordId,
      @Nullable Instant openedAt,
      @Nullable Long openedAfterApprehensionSeconds,
      @Nullable Long openedAfterCaptureSeconds,
      boolean mayOpen) {}

  /** The record page's panel: when the capture was made and received, and when the record came. */
  public record Origin(
      UUID registrationId,
      Instant capturedAt,
      Instant receivedAt,
      long gapSeconds,
      Instant apprehendedAt,
      Instant openedAt,
      long openedAfterApprehensionSeconds,
      long openedAfterCaptureSeconds) {}

  private final FieldStore store;
  private final DeviceKeys keys;
  private final Facilities facilities;
  private final Profiles profiles;
  private final RecordPayloads payloads;
  private final MerkleLog ledger;
  private final CustodyRecords records;
  private final PersonalDataReads reads;
  private final JsonMapper json;
  private final Clock clock;

  FieldRegistrations(
      FieldStore store,
      DeviceKeys keys,
      Facilities facilities,
      Profiles profiles,
      RecordPayloads payloads,
      MerkleLog ledger,
      CustodyRecords records,
      PersonalDataReads reads,
      JsonMapper json,
      Clock clock) {
    this.store = store;
    this.keys = keys;
    this.facilities = facilities;
    this.profiles = profiles;
    this.payloads = payloads;
    this.ledger = ledger;
    this.records = records;
    this.reads = reads;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Receives a signed capture: read strictly, the device key active and its signature verified,
   * stored sealed and committed to the log; the same capture sent again answers what it answered
   * the first time, a different one under the same capture id is refused.
   */
  @Transactional
  public Received register(byte[] body) {
    var capture = Capture.read(body);
    var now = now();
    var facility =
        facilities
            .find(capture.toFacilityId())
            .orElseThrow(
                () -> Problem.badField("toFacilityId", "fieldRegistration.unknownFacility"));
    if (capture.capturedAt().isAfter(now.plus(CLOCK_SLACK))) {
      throw Problem.badField("capturedAt", "field.PastOrPresent");
    }
    if (capture.apprehendedAt().isAfter(capture.capturedAt().plus(Duration.ofMinutes(5)))) {
      throw Problem.badField("apprehendedAt", "fieldRegistration.afterCapture");
    }
    var key = keys.activeKey(capture.deviceKeyId());
    if (!capture.signedBy(DeviceKeys.publicKey(key))) {
      log.info("Field: capture refused, signature does not verify for key {}", key.id());
      throw Problem.forbidden("fieldRegistration.badSignature");
    }
    var hash = capture.messageHash();
    var earlier = store.byCapture(capture.captureId());
    if (earlier.isPresent()) {
      if (earlier.get().messageHash().equals(hash)) {
        var e = earlier.get();
        return new Received(e.id(), e.receivedAt(), e.gapSeconds(), false);
      }
      throw Problem.conflict("fieldRegistration.captureConflict");
    }
    var capturedAt = capture.capturedAt().truncatedTo(ChronoUnit.MILLIS);
    var apprehendedAt = capture.apprehendedAt().truncatedTo(ChronoUnit.MILLIS);
    var limit = registrationLimit(facility.jurisdiction(), now);
    Instant limitAt = limit == null ? null : apprehendedAt.plus(limit.limit());
    Instant dueAt = limitAt == null ? null : limitAt.isBefore(now) ? now : limitAt;
    var id = UUID.randomUUID();
    var sealed =
        new Sealed(
            capture.person(),
            capture.place(),
            capture.grounds(),
            capture.unit(),
            capture.officers());
    var sealedJson = json.writeValueAsString(sealed);
    var stored =
        new FieldStore.Stored(
            id,
            capture.captureId(),
            key.id(),
            hash,
            capture.signatureText(),
            capturedAt,
            apprehendedAt,
            now,
            facility.id(),
            facility.regionCode(),
            facility.jurisdiction(),
            limitAt,
            dueAt,
            limit == null ? null : cut(limit.basis(), 500),
            payloads.seal(id.toString(), 0, sealedJson));
    store.insert(stored);
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("captureId", capture.captureId().toString());
    details.put("deviceKeyId", key.id());
    details.put("toFacilityId", facility.id());
    details.put("capturedAt", capturedAt.toString());
    details.put("apprehendedAt", apprehendedAt.toString());
    details.put("receivedAt", now.toString());
    details.put("gapSeconds", stored.gapSeconds());
    details.put("limitAt", limitAt == null ? null : limitAt.toString());
    details.put("signature", capture.signatureText());
    // The person, the place and the words stay sealed in the row; the log commits to their digest.
    details.put("captureDigest", ledger.digest(id.toString(), sealedJson));
    append(stored, 1, Steps.REGISTERED, now, key.owner(), details, null);
    log.info("Field: registration {} received from key {}", pseudonym(id), key.id());
    return new Received(id, now, stored.gapSeconds(), true);
  }

  /** The registrations the actor may see: those without a record first (or only those). */
  @Transactional
  public List<View> list(Actor actor, boolean pendingOnly) {
    if (!FieldAccess.lists(actor)) {
      throw Problem.forbidden("problem.forbidden");
    }
    var condition = FieldAccess.condition(actor);
    var page = store.page(condition.getKey(), condition.getValue(), pendingOnly, MAX_LISTED);
    reads.logAll(
        actor,
        page.stream().map(r -> r.id().toString()).toList(),
        PersonalDataReads.Purpose.DUTY,
        null);
    return page.stream().map(r -> view(actor, r)).toList();
  }

  /** One registration, if the actor may see it (the read logged); otherwise 404. */
  @Transactional
  public View find(Actor actor, UUID id) {
    var r = visible(actor, id);
    reads.log(actor, id.toString(), PersonalDataReads.Purpose.DUTY, null);
    return view(actor, r);
  }

  /**
   * Opens the custody record from the registration: the apprehension as the custody officer of the
   * destination facility confirms it (its time is the capture's), as the record's first event; the
   * registration keeps the link.
   */
  @Transactional
  public String open(Actor actor, UUID id, Apprehended apprehended) {
    var r = visible(actor, id);
    if (!FieldAccess.opens(actor, r)) {
      throw Problem.forbidden("problem.forbidden");
    }
    var steps = store.steps(id);
    if (steps.stream().anyMatch(s -> s.type().equals(Steps.RECORD_OPENED))) {
      throw Problem.conflict("fieldRegistration.alreadyOpened");
    }
    var event =
        new Apprehended(
            r.apprehendedAt(),
            r.toFacilityId(),
            apprehended.person(),
            apprehended.grounds(),
            apprehended.suspectedOffence(),
            apprehended.indictable(),
            apprehended.jurisdiction());
    var recordId = records.open(actor, event);
    var now = now();
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("recordId", recordId);
    details.put("openedAt", now.toString());
    details.put("afterApprehensionSeconds", Duration.between(r.apprehendedAt(), now).toSeconds());
    details.put("afterCaptureSeconds", Duration.between(r.capturedAt(), now).toSeconds());
    append(r, lastSeq(steps) + 1, Steps.RECORD_OPENED, now, actor.username(), details, recordId);
    log.info(
        "Field: registration {} opened into record {}",
        pseudonym(id),
        CustodyRecords.pseudonym(recordId));
    return recordId;
  }

  /** Where the record came from, if it was opened from a registration (nothing personal). */
  public Optional<Origin> origin(String recordId) {
    return store
        .openedInto(recordId)
        .flatMap(store::find)
        .flatMap(
            r ->
                store.steps(r.id()).stream()
                    .filter(s -> s.type().equals(Steps.RECORD_OPENED))
                    .findFirst()
                    .map(
                        s ->
                            new Origin(
                                r.id(),
                                r.capturedAt(),
                                r.receivedAt(),
                                r.gapSeconds(),
                                r.apprehendedAt(),
                                s.occurredAt(),
                                Duration.between(r.apprehendedAt(), s.occurredAt()).toSeconds(),
                                Duration.between(r.capturedAt(), s.occurredAt()).toSeconds())));
  }

  /** Whether the actor may see the registration (its page; {@link FieldAccess}). */
  public boolean maySee(Actor actor, UUID id) {
    return store.find(id).filter(r -> FieldAccess.sees(actor, r)).isPresent();
  }

  /** The facility a registration names as the person's destination. */
  public Optional<String> destination(UUID id) {
    return store.find(id).map(FieldStore.Stored::toFacilityId);
  }

  /** The registrations due for the sweep: no record, no alert yet, past their due time. */
  List<UUID> waiting(Instant now, int limit) {
    return store.waiting(now, limit);
  }

  /** The stored registration, for the sweep. */
  Optional<FieldStore.Stored> stored(UUID id) {
    return store.find(id);
  }

  /** The steps of a registration, for the sweep. */
  List<FieldStore.Step> steps(UUID id) {
    return store.steps(id);
  }

  /** Stores a step and commits it to the log, in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  void append(
      FieldStore.Stored r,
      int seq,
      String type,
      Instant occurredAt,
      String by,
      Map<String, @Nullable Object> details,
      @Nullable String recordId) {
    var payload = new LinkedHashMap<String, Object>();
    details.forEach(
        (k, v) -> {
          if (v != null) {
            payload.put(k, v);
          }
        });
    store.append(r.id(), new FieldStore.Step(seq, type, occurredAt, by, payload, recordId));
    ledger.commit(
        new LedgerEvent(r.id().toString(), seq, type, occurredAt, r.toFacilityId(), by, payload));
  }

  static int lastSeq(List<FieldStore.Step> steps) {
    return steps.stream().mapToInt(FieldStore.Step::seq).max().orElse(0);
  }

  private FieldStore.Stored visible(Actor actor, UUID id) {
    return store
        .find(id)
        .filter(r -> FieldAccess.sees(actor, r))
        .orElseThrow(() -> Problem.notFound("fieldRegistration.notFound"));
  }

  private View view(Actor actor, FieldStore.Stored r) {
    var text = payloads.reader(r.id().toString()).open(0, r.sealed());
    var sealed = json.readValue(text, Sealed.class);
    var steps = store.steps(r.id());
    var opened =
        steps.stream().filter(s -> s.type().equals(Steps.RECORD_OPENED)).findFirst().orElse(null);
    var alerted =
        steps.stream().filter(s -> s.type().equals(Steps.ALERTED)).findFirst().orElse(null);
    var key = store.key(r.deviceKeyId()).orElse(null);
    var facility = facilities.find(r.toFacilityId());
    return new View(
        r.id(),
        r.captureId(),
        r.deviceKeyId(),
        key == null ? null : key.label(),
        key == null ? null : key.owner(),
        r.capturedAt(),
        r.receivedAt(),
        r.gapSeconds(),
        r.apprehendedAt(),
        r.toFacilityId(),
        facility.map(f -> f.name()).orElse(r.toFacilityId()),
        r.regionCode(),
        r.jurisdiction(),
        sealed,
        true,
        opened != null ? "opened" : alerted != null ? "alerted" : "pending",
        r.limitAt(),
        alerted == null ? null : alerted.occurredAt(),
        opened == null ? null : opened.recordId(),
        opened == null ? null : opened.occurredAt(),
        opened == null
            ? null
            : Duration.between(r.apprehendedAt(), opened.occurredAt()).toSeconds(),
        opened == null ? null : Duration.between(r.capturedAt(), opened.occurredAt()).toSeconds(),
        opened == null && FieldAccess.opens(actor, r));
  }

  /** The profile's registration limit in force at {@code at}; null without one. */
  private @Nullable RegistrationLimit registrationLimit(@Nullable String jurisdiction, Instant at) {
    if (jurisdiction == null) {
      return null;
    }
    try {
      return profiles.inForce(jurisdiction, at).settings().registrationLimit();
    } catch (RuntimeException e) {
      log.warn("Field: no profile {} in force; the registration raises no alert", jurisdiction);
      return null;
    }
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** A stable stand-in for a registration in logs and alerts. */
  public static String pseudonym(UUID id) {
    return "FR-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
