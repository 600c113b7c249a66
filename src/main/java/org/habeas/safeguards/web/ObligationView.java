package org.habeas.safeguards.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.habeas.safeguards.Confidence;
import org.habeas.safeguards.Obligation;
import org.habeas.safeguards.ObligationStatus;
import org.habeas.safeguards.Profile;
import org.habeas.safeguards.ShippedProfiles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * One obligation as the API and the record page show it.
 *
 * @param title the rule's title in the caller's language
 * @param unconfirmed whether the rule is only a lead (confidence L)
 * @param reason the code of why it stands so, if the status alone does not say
 */
public record ObligationView(
    String ruleId,
    String title,
    ObligationStatus status,
    @Nullable Instant dueAt,
    @Nullable Instant metAt,
    @Nullable Instant startedAt,
    String basis,
    Confidence confidence,
    boolean unconfirmed,
    List<Integer> seqs,
    @Nullable String reason) {

  static ObligationView of(Obligation o, Profile profile, MessageSource messages, Locale locale) {
    var title =
        profile
            .rule(o.ruleId())
            .map(r -> r.title(locale))
            .orElseGet(
                () ->
                    messages.getMessage("safeguards.rule." + o.ruleId(), null, o.ruleId(), locale));
    return new ObligationView(
        o.ruleId(),
        title,
        o.status(),
        o.dueAt(),
        o.metAt(),
        o.startedAt(),
        profile
            .rule(o.ruleId())
            .map(r -> r.basis(locale))
            .orElseGet(() -> ShippedProfiles.basis(o.basis(), locale)),
        o.confidence(),
        o.unconfirmed(),
        o.seqs(),
        o.reason() == null ? null : o.reason().code());
  }
}
