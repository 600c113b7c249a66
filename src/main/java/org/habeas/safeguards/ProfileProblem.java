package org.habeas.safeguards;

import com.ibm.icu.text.MessageFormat;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * What can be wrong with a profile document; the UI shows each from {@code
 * safeguards.profile.error.<code>} with the same arguments, and the English text is here too.
 */
public enum ProfileProblem {
  SYNTAX("syntax", "The document is not well-formed YAML: {0}"),
  EXPECTED_MAPPING("expected-mapping", "{0} must be keys with values."),
  EXPECTED_LIST("expected-list", "{0} must be a list."),
  EXPECTED_TEXT("expected-text", "{0} must be a single value, not a list or keys."),
  MISSING_KEY("missing-key", "{0} is required."),
  UNKNOWN_KEY("unknown-key", "{0} is not a key here; the keys are: {1}."),
  DUPLICATE_KEY("duplicate-key", "{0} is given twice."),
  EMPTY("empty", "{0} must not be empty."),
  MISSING_LANGUAGE("missing-language", "{0} has no {1} text; every title needs kk, ru and en."),
  UNKNOWN_KIND("unknown-kind", "{0} is not a kind of rule; the kinds are: {1}."),
  BAD_DURATION("bad-duration", "{0} is not an ISO-8601 duration such as PT48H, PT30M or P4D."),
  NOT_POSITIVE("not-positive", "{0} must be longer than zero."),
  UNKNOWN_EVENT_TYPE("unknown-event-type", "{0} is not an event type; the types are: {1}."),
  UNKNOWN_QUALIFIER("unknown-qualifier", "{0} events have no field {1} that a rule may ask about."),
  BAD_QUALIFIER_VALUE("bad-qualifier-value", "{0} is not a value of {1}; the values are: {2}."),
  UNKNOWN_CONDITION("unknown-condition", "{0} is not a condition; the conditions are: {1}."),
  UNKNOWN_VARIANT(
      "unknown-variant", "{0} is neither a condition nor an event type that starts this rule."),
  BAD_CONFIDENCE("bad-confidence", "{0} is not a confidence; use H, M or L."),
  BAD_ID("bad-id", "{0} is not a valid id: lower-case words joined by dots and hyphens."),
  DUPLICATE_RULE("duplicate-rule", "Rule {0} is defined twice."),
  UNKNOWN_RULE("unknown-rule", "{0} names no deadline rule of this profile."),
  BAD_TIME("bad-time", "{0} is not a time of day such as 22:00."),
  BAD_NUMBER("bad-number", "{0} is not a whole number of at least {1}."),
  BAD_BOOLEAN("bad-boolean", "{0} is not true or false."),
  BAD_VALUE("bad-value", "{0} is not allowed here; use one of: {1}."),
  NOT_ALLOWED("not-allowed", "{0} cannot be used in {1}.");

  private final String code;
  private final String english;

  ProfileProblem(String code, String english) {
    this.code = code;
    this.english = english;
  }

  /** The code of its text, {@code safeguards.profile.error.<code>}. */
  public String code() {
    return code;
  }

  /** The English text with the given arguments. */
  public String english(Object... args) {
    var shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // Times as text, as ICU would otherwise try to format them as dates.
      shown[i] = args[i] instanceof TemporalAccessor t ? t.toString() : args[i];
    }
    return new MessageFormat(english, Locale.ENGLISH).format(shown);
  }
}
