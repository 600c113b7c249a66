package org.habeas.custody;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a record may still hold once the person is released (issue 16, item 3).
 *
 * <p>Ill-treatment is often found after release: a hospital the same evening, a lawyer's visit days
 * later. The record keeps the facts that can lawfully follow a release, each marked as after
 * release on the timeline (derived from the release, never stored), so the ill-treatment rules go
 * on judging them; every other event after the release, and a second release, is refused. A record
 * closed by a hand-over to a remand prison is not concerned here.
 */
public final class AfterRelease {

  /**
   * The event types that may happen after the release, in the order refusals name them: an
   * allegation, an injury or an examination found later, the prosecutor told of them (and the
   * registration of that report, once the record has it), and corrections (whose replacement is
   * judged as its own type). Extend here, and only here.
   */
  public static final List<Class<? extends CustodyEvent>> EVENTS =
      List.of(
          AllegationMade.class,
          InjuryRecorded.class,
          MedicalExaminationCompleted.class,
          ProsecutorNotified.class,
          ReportRegistered.class,
          Corrected.class);

  private AfterRelease() {}

  /** Whether an event of this kind may happen after the person's release. */
  public static boolean allows(Class<? extends CustodyEvent> kind) {
    return EVENTS.contains(kind);
  }

  /** Whether the event may happen after the release (a correction as its replacement). */
  static boolean allows(CustodyEvent e) {
    return allows(e instanceof Corrected c ? c.replacement().getClass() : e.getClass());
  }

  /**
   * When the person was released, from the events that count ({@link Timeline#effective}); {@code
   * null} while they are not (or when a hand-over to a remand prison closed the record).
   */
  static @Nullable Instant releasedAt(List<StoredEvent> effective) {
    return effective.stream()
        .map(StoredEvent::event)
        .filter(Released.class::isInstance)
        .map(CustodyEvent::occurredAt)
        .findFirst()
        .orElse(null);
  }

  /**
   * Whether the event happened after the release at {@code releasedAt}; a correction counts by its
   * replacement. An event at the very moment of release is not after it.
   */
  static boolean after(@Nullable Instant releasedAt, CustodyEvent e) {
    var inner = e instanceof Corrected c ? c.replacement() : e;
    return releasedAt != null && inner.occurredAt().isAfter(releasedAt);
  }

  /**
   * The allowed kinds as one message argument, in the reader's language: “Allegation made”, “Injury
   * recorded”, …
   */
  static MessageSourceResolvable names() {
    return list(EVENTS.stream().map(Class::getSimpleName).toList());
  }

  private static MessageSourceResolvable list(List<String> types) {
    var first =
        new DefaultMessageSourceResolvable(
            new String[] {"custody.rule.list-item"},
            new Object[] {
              new DefaultMessageSourceResolvable(
                  new String[] {"custody.event." + types.getFirst()}, types.getFirst())
            },
            types.getFirst());
    if (types.size() == 1) {
      return first;
    }
    var rest = list(types.subList(1, types.size()));
    return new DefaultMessageSourceResolvable(
        new String[] {"custody.rule.list-more"},
        new Object[] {first, rest},
        String.join(", ", types));
  }
}
