package org.habeas.safeguards;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.custody.CustodyPhase;
import org.jspecify.annotations.Nullable;

/**
 * One legal safeguard of a profile: what it is called, when it applies, what it demands and how
 * sure we are of it.
 *
 * @param id stable across versions, e.g. {@code kz.court-within-48h}
 * @param title what it is, in kk/ru/en
 * @param when conditions of the record that must hold (true) or not hold (false) for it to apply;
 *     otherwise its one obligation is {@code NOT_APPLICABLE}
 * @param terms what it demands, by kind
 * @param basisText the law it rests on, e.g. {@code PACE s.40(3)(a)}, in kk/ru/en (a profile may
 *     give one text for all three)
 * @param confidence how sure we are of it; {@code L} shows as unconfirmed
 * @param confidenceNote where parts of the rule are surer than others, e.g. "H for the content, L
 *     for the 3 h limit"
 * @param until the events that end the rule (profile key {@code until}), empty when nothing does:
 *     at the first matching event the rule stops. What it owed and was already due (or met) then
 *     stands as judged; every other obligation of it is no longer owed and is {@code
 *     NOT_APPLICABLE} with the reason {@link Reason#STOPPED}, unless it was met within its limit
 *     anyway (then it stays {@code MET}); a delay authorised under it at or after that event is
 *     unlawful ({@code BREACHED}, {@link Reason#AFTER_END}). E.g. the inspector's reviews of PACE
 *     s.40 end at charge ({@code until: Charged}).
 * @param phase which part of custody the rule judges (issue 16): {@code POLICE} (the default) from
 *     the apprehension up to release or the hand-over to a remand prison, {@code REMAND} ({@code
 *     phase: remand} in the profile) from the arrival the remand prison records; a remand rule has
 *     no obligation on a record that never reached one
 */
public record Rule(
    String id,
    LocalizedText title,
    Map<Condition, Boolean> when,
    RuleTerms terms,
    LocalizedText basisText,
    Confidence confidence,
    @Nullable String confidenceNote,
    List<EventPattern> until,
    CustodyPhase phase) {

  /** A rule of police custody that nothing ends, as every rule was before issue 16. */
  public Rule(
      String id,
      LocalizedText title,
      Map<Condition, Boolean> when,
      RuleTerms terms,
      LocalizedText basisText,
      Confidence confidence,
      @Nullable String confidenceNote) {
    this(
        id,
        title,
        when,
        terms,
        basisText,
        confidence,
        confidenceNote,
        List.of(),
        CustodyPhase.POLICE);
  }

  /** Whether the rule judges the remand phase, after the arrival at a remand prison. */
  public boolean remand() {
    return phase == CustodyPhase.REMAND;
  }

  /** The kind of rule, which decides how it is judged. */
  public RuleKind kind() {
    return terms.kind();
  }

  /** Whether the rule is only a lead, to be confirmed against the official text. */
  public boolean unconfirmed() {
    return confidence == Confidence.L;
  }

  /** The law it rests on, in English: the form stored with obligations and alerts. */
  public String basis() {
    return basisText.en();
  }

  /** The law it rests on, in the locale's language. */
  public String basis(Locale locale) {
    return basisText.in(locale);
  }

  /** The title in the locale's language. */
  public String title(Locale locale) {
    return title.in(locale);
  }
}
