package org.habeas.safeguards.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordPanels;
import org.habeas.custody.RecordView;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.ObligationStatus;
import org.habeas.safeguards.Profile;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.system.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The record page's safeguards panel: each obligation with its deadline (ticking in the browser),
 * status, basis and confidence. Custody asks for it once it has checked the viewer may see the
 * record.
 */
@Component
class SafeguardsPanel implements RecordPanels {

  private final RecordSafeguards safeguards;
  private final CustodyRecords records;
  private final MessageSource messages;

  SafeguardsPanel(RecordSafeguards safeguards, CustodyRecords records, MessageSource messages) {
    this.safeguards = safeguards;
    this.records = records;
    this.messages = messages;
  }

  /** The panel of the record the page has read: judged from its events, not read again. */
  @Override
  public Optional<Panel> panel(Actor viewer, RecordView view, Instant now) {
    Profile profile;
    Evaluation evaluation;
    try {
      profile = safeguards.profileOf(view.state());
      evaluation = safeguards.evaluate(records.history(view), view.state(), now);
    } catch (IllegalArgumentException e) {
      // A record the engine cannot judge (no apprehension first) still shows its own page.
      return Optional.empty();
    }
    return Optional.of(panel(profile, evaluation, now));
  }

  @Override
  public Optional<Panel> panel(Actor viewer, String recordId, Instant now) {
    Profile profile;
    Evaluation evaluation;
    try {
      profile = safeguards.profileOf(recordId);
      evaluation = safeguards.evaluate(recordId, now);
    } catch (IllegalArgumentException e) {
      // A record the engine cannot judge (no apprehension first) still shows its own page.
      return Optional.empty();
    }
    return Optional.of(panel(profile, evaluation, now));
  }

  private Panel panel(Profile profile, Evaluation evaluation, Instant now) {
    var locale = LocaleContextHolder.getLocale();
    var all =
        evaluation.obligations().stream()
            .map(o -> ObligationView.of(o, profile, messages, locale))
            .toList();
    var model = new LinkedHashMap<String, Object>();
    var applicable =
        all.stream().filter(o -> o.status() != ObligationStatus.NOT_APPLICABLE).toList();
    model.put("obligations", applicable);
    // One row per rule, with a count and the worst status (issue 15).
    model.put("groups", ObligationGroup.of(applicable));
    model.put(
        "notApplicable",
        all.stream().filter(o -> o.status() == ObligationStatus.NOT_APPLICABLE).toList());
    model.put("profileId", profile.id());
    model.put("profileVersion", profile.version());
    model.put("at", now);
    model.put("limit", evaluation.detentionLimit());
    var limit = evaluation.detentionLimit();
    model.put(
        "limitTitle",
        limit == null
            ? null
            : profile.rule(limit.ruleId()).map(r -> r.title(locale)).orElse(limit.ruleId()));
    return new Panel("safeguards/panel", model);
  }
}
