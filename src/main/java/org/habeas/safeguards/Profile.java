package org.habeas.safeguards;

import java.util.List;
import java.util.Optional;

/**
 * One version of a jurisdiction's safeguards, as an administrator keeps it: data, not code.
 *
 * @param id the jurisdiction's code, e.g. {@code kz}
 * @param version counts up with each version an administrator uploads
 * @param title what the profile covers, in kk/ru/en
 * @param rules in the order the document gives them, which is the order obligations are listed
 */
public record Profile(
    String id, int version, LocalizedText title, ProfileSettings settings, List<Rule> rules) {

  /** The rule with the given id. */
  public Optional<Rule> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }
}
