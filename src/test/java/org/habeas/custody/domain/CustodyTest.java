package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.CellVisited;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRuleViolation;
import org.habeas.custody.DetentionExtended;
import org.habeas.custody.InterrogationEnded;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.LawyerArrived;
import org.habeas.custody.Person;
import org.habeas.custody.Released;
import org.habeas.custody.RemandOrdered;
import org.habeas.custody.StoredEvent;
import org.habeas.custody.Transferred;

/** Named fixtures the custody domain tests share: people, events and records built from them. */
abstract class CustodyTest {

  static final String TDF = "kz-ast-tdf1";
  static final String DEPARTMENT = "kz-ast-pd2";
  static final String SIZO = "kz-ast-sizo1";

  /** Well after every fixture's events, so "now" never makes a fixture look like the future. */
  static final Instant LATER = at("2026-03-20T12:00+05:00");

  static Instant at(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset).toInstant();
  }

  static Person adult() {
    return new Person(
        "Aidos Serikbayev", LocalDate.parse("1990-05-17"), "900517300123", "KZ", "kk");
  }

  /** Seventeen at the fixtures' dates: turns 18 on 15 June 2026. */
  static Person juvenile() {
    return new Person("Arman Nurlanov", LocalDate.parse("2008-06-15"), null, "KZ", "ru");
  }

  static Apprehended apprehendedAt(String at) {
    return apprehended(at, adult(), Jurisdiction.KZ);
  }

  static Apprehended juvenileApprehendedAt(String at) {
    return apprehended(at, juvenile(), Jurisdiction.KZ);
  }

  static Apprehended apprehended(String at, Person person, Jurisdiction jurisdiction) {
    return new Apprehended(
        at(at), TDF, person, "caught in the act", "CC art. 188", true, jurisdiction);
  }

  static ArrivedAtFacility arrivedAt(String at, String facilityId) {
    return new ArrivedAtFacility(at(at), facilityId);
  }

  static Transferred transferredAt(String at, String facilityId) {
    return new Transferred(at(at), facilityId);
  }

  static InterrogationStarted questioningStartedAt(String at) {
    return new InterrogationStarted(at(at), "Inv. Karimov", true, null, null, "vid-1", null);
  }

  static InterrogationEnded questioningEndedAt(String at) {
    return new InterrogationEnded(at(at));
  }

  static LawyerArrived lawyerArrivedAt(String at, String lawyer) {
    return new LawyerArrived(at(at), lawyer);
  }

  static CellVisited cellVisitedAt(String at) {
    return new CellVisited(at(at), "Sgt. Omarov", false);
  }

  static DetentionExtended extendedAt(String at, String until) {
    return new DetentionExtended(at(at), at(until), "Prosecutor Abenov", "senior counsellor", "x");
  }

  static RemandOrdered remandOrderedAt(String at) {
    return new RemandOrdered(at(at), "Astana investigating court");
  }

  static Released releasedAt(String at) {
    return new Released(at(at), "no grounds to hold");
  }

  static Corrected correctionAt(String at, int correctsSeq, CustodyEvent replacement) {
    return new Corrected(at(at), correctsSeq, "typed wrong", replacement);
  }

  /** Events stored in the order given, numbered from 1, each recorded as it happened. */
  static List<StoredEvent> given(CustodyEvent... events) {
    List<StoredEvent> stored = new ArrayList<>();
    for (CustodyEvent e : events) {
      stored.add(new StoredEvent(stored.size() + 1, e, e.occurredAt(), "officer", null));
    }
    return stored;
  }

  static CustodyRecord record(CustodyEvent... events) {
    return CustodyRecord.replay(given(events));
  }

  static CustodyRecord append(List<StoredEvent> existing, CustodyEvent candidate) {
    return CustodyRecord.checkAppend(existing, candidate, LATER);
  }

  /** The refusal of appending {@code candidate}, checked to come with a text. */
  static CustodyRuleViolation refusalOf(List<StoredEvent> existing, CustodyEvent candidate) {
    CustodyRuleViolation refusal =
        catchThrowableOfType(CustodyRuleViolation.class, () -> append(existing, candidate));
    assertThat(refusal).as("refusal of %s", candidate.type()).isNotNull();
    assertThat(refusal.getMessage())
        .as("English text of %s", refusal.code())
        .isNotEqualTo(refusal.code());
    return refusal;
  }
}
