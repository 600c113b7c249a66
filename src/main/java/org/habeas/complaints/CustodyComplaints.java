package org.habeas.complaints;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import org.habeas.custody.AllegationMade;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.InjuryRecorded;
import org.habeas.system.Actor;
import org.habeas.system.AfterCommitFailure;
import org.habeas.system.PlainText;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Raises a complaint linked to the record when a custody record gets an allegation of ill-treatment
 * or an injury, once per event. The rule {@code kz.ill-treatment-reported-24h} tracks the report to
 * the prosecutor on the record; the complaint page shows it.
 *
 * <p><b>An acknowledged allegation never loses its complaint.</b> The complaint is raised after the
 * custody write commits, in a transaction of its own, through Spring Modulith's event publication
 * registry: the custody event is acknowledged only together with the registry's row for this
 * listener (written in the custody write's own transaction; if it cannot be written, the write
 * fails whole and acknowledges nothing), and the row stays until the complaint is raised. If
 * raising fails (a database error, a bug, text the complaint refuses), the failure is logged as an
 * error and the publication stays incomplete: it is resubmitted by {@code
 * system.PublicationResubmission} while Habeas runs and at every start. The number waiting is a
 * metric and shows on the complaints list. Only allegations and injuries make a row: the listener's
 * condition is judged before the registry stores anything.
 *
 * <p>Why not fail the custody write whenever the complaint cannot be raised? The custody event is
 * the primary record — an injury seen at the desk, an allegation made to the officer — and the
 * complaint is derived from it. Refusing the injury because a secondary module failed would risk
 * losing the fact itself (the officer may not try again); keeping the publication loses neither.
 * (Before the registry, a row of {@code complaint_raise_pending} was the promise and a retry of
 * this class kept it; migration V31 handed the promises still open to the registry.)
 *
 * <p>The complaint names the person, so this is the one listener that reads custody back: through
 * {@link CustodyRecords#historyRaisingComplaint}, which gives the record with the person identified
 * only for an allegation or injury. The event itself carries the system's form only (pseudonym).
 */
@Component
class CustodyComplaints {

  private static final Logger log = LoggerFactory.getLogger(CustodyComplaints.class);

  /** The listener's id in the event publication registry: keep it when renaming the method. */
  static final String LISTENER = "complaints.raise-from-custody";

  /** How long a publication may be on its way before it counts as waiting. */
  static final Duration WAITING = Duration.ofMinutes(1);

  private final CustodyRecords custody;
  private final ComplaintIntake complaintIntake;
  private final CurrentStore store;
  private final Users users;
  private final MessageSource messages;
  private final Clock clock;

  CustodyComplaints(
      CustodyRecords custody,
      ComplaintIntake complaintIntake,
      CurrentStore store,
      Users users,
      ObjectProvider<MeterRegistry> meters,
      MessageSource messages,
      Clock clock) {
    this.messages = messages;
    this.clock = clock;
    this.custody = custody;
    this.complaintIntake = complaintIntake;
    this.store = store;
    this.users = users;
    meters.ifAvailable(
        r ->
            Gauge.builder("habeas.complaints.raises.pending", this, CustodyComplaints::pending)
                .description(
                    "Allegations and injuries recorded in custody awaiting their complaint")
                .register(r));
  }

  /**
   * After an allegation or injury commits, in a transaction of its own: raises its complaint. Any
   * other event makes no publication (the condition is judged before the registry stores one).
   */
  @ApplicationModuleListener(
      id = LISTENER,
      condition = "#recorded.type() == 'AllegationMade' or #recorded.type() == 'InjuryRecorded'")
  public void on(CustodyEventRecorded recorded) {
    try {
      raise(recorded.recordId(), recorded.seq(), recorded.occurredAt());
    } catch (RuntimeException e) {
      // No personal data in the log: the record, the seq and the kind of failure only.
      var failure = new AfterCommitFailure(LISTENER, recorded.recordId(), recorded.seq(), e);
      log.error("Complaints: {}", failure.getMessage());
      throw failure;
    }
  }

  /**
   * How many acknowledged allegations and injuries still wait for their complaint (the failed ones,
   * and any left behind a minute or more).
   */
  long pending() {
    return store.pendingRaises(clock.instant().minus(WAITING));
  }

  /**
   * Raises the event's complaint; false when there is nothing to raise (the record was lawfully
   * erased, or the event is no allegation or injury).
   */
  private boolean raise(String recordId, int seq, Instant occurredAt) {
    var events = custody.historyRaisingComplaint(recordId, seq);
    if (events.isEmpty()) {
      return false;
    }
    var state = CustodyRecord.replay(events);
    var stored = state.event(seq);
    var event = stored.event() instanceof Corrected c ? c.replacement() : stored.event();
    var language = language(stored.recordedBy());
    String narrative;
    String against = null;
    String injuries = null;
    switch (event) {
      case AllegationMade a -> {
        narrative = a.description();
        against = a.against();
      }
      case InjuryRecorded i -> {
        var marked = marked(i, language);
        narrative = marked.isEmpty() ? i.description() : i.description() + "\n\n" + marked;
        if (i.account() != null) {
          narrative = narrative + "\n\n" + text(language, "bodymap.account") + ": " + i.account();
        }
        injuries = marked.isEmpty() ? i.description() : marked;
      }
      default -> {
        return false;
      }
    }
    var intake =
        new Intake(
            ComplainantRole.VICTIM,
            cut(state.person().name(), 200),
            null,
            ContactPreference.NONE,
            null,
            cut(narrative, 10000),
            null,
            state.currentFacilityId(),
            null,
            against == null ? null : cut(against, 500),
            injuries == null ? null : cut(injuries, 2000),
            // Held on remand is still held (issue 16): the complaint is urgent.
            state.isHeld(),
            null);
    complaintIntake.raiseFromCustody(
        recordId,
        seq,
        String.valueOf(stored.recordedBy()),
        occurredAt,
        intake,
        Category.ILL_TREATMENT);
    return true;
  }

  /**
   * The regions and kinds marked on the body map, in words ("Marked on the body map: Face — bruise,
   * 3 cm; ..."), in the language of the user who recorded them; empty when nothing is marked.
   */
  private String marked(InjuryRecorded injury, Locale language) {
    var parts = new ArrayList<String>();
    for (var m : injury.marksOrNone()) {
      var part =
          new StringBuilder(text(language, m.region().label()))
              .append(" — ")
              .append(text(language, m.kind().label()));
      if (m.sizeCm() != null) {
        part.append(", ").append(text(language, "bodymap.sizeShown", m.sizeCm()));
      }
      if (m.age() != null) {
        part.append(", ").append(text(language, m.age().label()));
      }
      if (m.description() != null) {
        part.append(": ").append(m.description());
      }
      parts.add(part.toString());
    }
    return parts.isEmpty() ? "" : text(language, "bodymap.marked", String.join("; ", parts));
  }

  private String text(Locale language, String code, Object... args) {
    return Objects.requireNonNullElse(messages.getMessage(code, args, code, language), code);
  }

  /**
   * The language the complaint's words are written in: that of the user who recorded the event (the
   * listener runs after the commit, away from the request), English when unknown.
   */
  private Locale language(@Nullable String recordedBy) {
    return Locale.forLanguageTag(
        recordedBy == null ? "en" : users.find(recordedBy).map(Actor::language).orElse("en"));
  }

  /**
   * At most {@code max} characters; a character the complaint refuses ({@link PlainText}) becomes
   * U+FFFD. Only here: the custody record keeps the words exactly as recorded, and the complaint
   * links to it.
   */
  private static String cut(String s, int max) {
    var text = s.length() <= max ? s : s.substring(0, max);
    if (!PlainText.refused(text)) {
      return text;
    }
    var sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(c -> sb.appendCodePoint(PlainText.refused(Character.toString(c)) ? 0xFFFD : c));
    return sb.toString();
  }
}
