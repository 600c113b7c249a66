package org.habeas.detentionreports;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.CustodyRecords.Whereabouts;
import org.habeas.custody.Jurisdiction;
import org.habeas.detentionreports.DetentionLookup.Answer;
import org.habeas.detentionreports.DetentionLookup.Asked;
import org.habeas.detentionreports.DetentionLookup.Enquirer;
import org.habeas.detentionreports.DetentionLookup.Enquiry;
import org.habeas.detentionreports.DetentionLookup.FacilityShown;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.MerkleLog;
import org.habeas.safeguards.ProfileSettings.Disclosed;
import org.habeas.safeguards.ProfileSettings.Lookup;
import org.habeas.safeguards.ProfileSettings.NationalIdUse;
import org.habeas.safeguards.ProfileSettings.WhoMayAsk;
import org.habeas.safeguards.Profiles;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The lookup itself: the person's records by exact match (custody's {@link
 * CustodyRecords#whereabouts}), the first one the jurisdiction's policy lets this enquirer be told
 * of, and the enquiry stored and committed to the ledger whatever the answer.
 *
 * <p>A record matches on the folded full name and the date of birth, and on the national identity
 * number as the policy says ({@link NationalIdUse}). A matching record the policy does not tell
 * this enquirer of (lawyers only) is "withheld": the answer is {@code found: false}, as for no
 * record, so that the answer never tells more than the policy allows; the enquiry keeps the match,
 * and the record's page shows that someone asked.
 */
@Component
class Lookups {

  private static final Logger log = LoggerFactory.getLogger(Lookups.class);

  /** The type of the enquiry's one ledger event. */
  static final String ENQUIRED = "detention-lookup.Enquired";

  /** The ledger's "station" of an enquiry (no facility: it is asked from outside). */
  static final String STATION = "detention-lookup";

  private final CustodyRecords records;
  private final Profiles profiles;
  private final Facilities facilities;
  private final EnquiryStore store;
  private final LookupLimits limits;
  private final MerkleLog ledger;
  private final Clock clock;
  private final byte[] clientKey;

  Lookups(
      CustodyRecords records,
      Profiles profiles,
      Facilities facilities,
      EnquiryStore store,
      LookupLimits limits,
      MerkleLog ledger,
      Clock clock,
      LookupSettings settings) {
    this.records = records;
    this.profiles = profiles;
    this.facilities = facilities;
    this.store = store;
    this.limits = limits;
    this.ledger = ledger;
    this.clock = clock;
    this.clientKey = key(settings.clientKey());
  }

  Answer ask(Enquiry q, Enquirer who, String clientAddress) {
    limits.acquire(clientAddress);
    var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (q.birthDate().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
      throw Problem.badField("birthDate", "lookup.badDate");
    }
    Whereabouts matched = null;
    Answer answer = Answer.NOT_FOUND;
    String outcome = "not-found";
    for (var w : records.whereabouts(q.name(), q.birthDate(), q.nationalId(), since(now))) {
      var policy = policy(w.jurisdiction(), now);
      if (policy == null || !identified(policy, q, w) || closedTooLongAgo(policy, w, now)) {
        continue;
      }
      if (policy.whoMayAsk() == WhoMayAsk.LAWYERS && !who.lawyer()) {
        if (matched == null) {
          matched = w;
          outcome = "withheld";
        }
        continue;
      }
      matched = w;
      outcome = "found";
      answer = told(policy, w);
      break;
    }
    record(now, who, outcome, matched, clientAddress);
    return answer;
  }

  /** Whether the national identity number asked with agrees with the record, as the policy says. */
  private static boolean identified(Lookup policy, Enquiry q, Whereabouts w) {
    return switch (policy.nationalId()) {
      case REQUIRED -> q.nationalId() != null && !Boolean.FALSE.equals(w.sameNationalId());
      case OPTIONAL -> !Boolean.FALSE.equals(w.sameNationalId());
      case UNUSED -> true;
    };
  }

  private static boolean closedTooLongAgo(Lookup policy, Whereabouts w, Instant now) {
    return w.endedAt() != null && w.endedAt().isBefore(now.minus(policy.closedWithin()));
  }

  /** Exactly the facts the policy discloses. */
  private Answer told(Lookup policy, Whereabouts w) {
    String status =
        w.released() ? "released" : w.inTransfer() || !w.held() ? "transferred" : "held";
    FacilityShown facility = null;
    if (policy.discloses(Disclosed.FACILITY)) {
      var contact = store.contact(w.facilityId());
      var name = facilities.find(w.facilityId()).map(f -> f.name()).orElse(w.facilityId());
      facility =
          new FacilityShown(
              name,
              contact.map(EnquiryStore.Contact::address).orElse(null),
              contact.map(EnquiryStore.Contact::phone).orElse(null));
    }
    return new Answer(
        true,
        policy.discloses(Disclosed.STATUS) ? status : null,
        facility,
        policy.discloses(Disclosed.APPREHENDED_AT) ? w.apprehendedAt() : null,
        policy.discloses(Disclosed.ENDED_AT) ? w.endedAt() : null);
  }

  /** Stores the enquiry and commits it to the ledger: nothing of the person asked about. */
  private void record(
      Instant now,
      Enquirer who,
      String outcome,
      @Nullable Whereabouts matched,
      String clientAddress) {
    var id = UUID.randomUUID();
    var by = who.username() == null ? "public" : who.username();
    var payload = new LinkedHashMap<String, Object>();
    payload.put("outcome", outcome);
    payload.put("enquirer", who.kind());
    if (matched != null) {
      payload.put("recordId", matched.recordId());
      payload.put("jurisdiction", matched.jurisdiction().code());
    }
    store.insert(
        new EnquiryStore.Enquiry(
            id,
            ENQUIRED,
            now,
            by,
            outcome,
            matched == null ? null : matched.recordId(),
            matched == null ? null : matched.jurisdiction().code(),
            who.kind(),
            who.barNumber(),
            clientHash(clientAddress),
            payload));
    ledger.commit(new LedgerEvent(id.toString(), 1, ENQUIRED, now, STATION, by, payload));
    log.info("Detention lookup: enquiry {} by {} ({})", id, who.kind(), outcome);
  }

  List<Asked> askedAbout(String recordId) {
    return store.about(recordId);
  }

  void setContact(String facilityId, String address, String phone, String by) {
    if (facilities.find(facilityId).isEmpty()) {
      throw Problem.notFound("lookup.noFacility");
    }
    store.setContact(
        facilityId,
        new EnquiryStore.Contact(address.strip(), phone.strip()),
        clock.instant().truncatedTo(ChronoUnit.MILLIS),
        by);
  }

  private @Nullable Lookup policy(Jurisdiction j, Instant now) {
    try {
      return profiles.inForce(j.code(), now).settings().lookup();
    } catch (RuntimeException e) {
      log.warn("Detention lookup: no profile {} in force; its records are not told of", j.code());
      return null;
    }
  }

  /** The earliest end of a record any policy still tells of. */
  private Instant since(Instant now) {
    var longest = Duration.ZERO;
    for (var j : Jurisdiction.values()) {
      var p = policy(j, now);
      if (p != null && p.closedWithin().compareTo(longest) > 0) {
        longest = p.closedWithin();
      }
    }
    return now.minus(longest);
  }

  private String clientHash(String address) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(clientKey, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal(LookupLimits.source(address)[0].getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }

  private static byte[] key(String configured) {
    if (configured.isBlank()) {
      var key = new byte[32];
      new SecureRandom().nextBytes(key);
      return key;
    }
    var key = Base64.getDecoder().decode(configured.strip());
    if (key.length < 32) {
      throw new IllegalArgumentException("habeas.lookup.client-key must hold at least 32 bytes");
    }
    return Objects.requireNonNull(key);
  }
}
