package org.habeas.custody;

import com.ibm.icu.text.MessageFormat;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * An event was refused because it would make the custody record contradict itself.
 *
 * <p>Nothing of a refused event is stored. The {@link #code()} and {@link #args()} give the message
 * in the user's language from the {@code i18n/custody} bundle; {@link #getMessage()} is English.
 */
public final class CustodyRuleViolation extends RuntimeException {

  /** The rule refusing events that contradict the record's state (engine-wide signal). */
  public static final String OUT_OF_ORDER = "record.out-of-order";

  /** The rule refusing events dated in the future. */
  public static final String FUTURE_EVENT = "record.future-event";

  /** The rule refusing dates no record can hold (before 1900, an extension of years, ...). */
  public static final String OUT_OF_BOUNDS = "record.out-of-bounds";

  private static final String BUNDLE = "i18n.custody";

  private final String rule;
  private final String code;
  private final String field;
  private final Object[] args;

  /**
   * A violation of {@code rule}, explained by message {@code code} with {@code args}.
   *
   * @param field the JSON field at fault, as a path such as {@code replacement.occurredAt}
   */
  public CustodyRuleViolation(String rule, String code, String field, Object... args) {
    super(english(code, args));
    this.rule = rule;
    this.code = code;
    this.field = field;
    this.args = args.clone();
  }

  /** The stable id of the rule broken, e.g. {@code record.out-of-order}. */
  public String rule() {
    return rule;
  }

  /**
   * The message code in the {@code i18n/custody} bundle, e.g. {@code custody.rule.after-release}.
   */
  public String code() {
    return code;
  }

  /** The JSON field at fault, e.g. {@code occurredAt}, {@code correctsSeq} or {@code type}. */
  public String field() {
    return field;
  }

  /** The arguments of the message, in {@code {0}} order. */
  public Object[] args() {
    return args.clone();
  }

  /** This violation blamed on another field, for when the event at fault is nested in another. */
  CustodyRuleViolation onField(String otherField) {
    return new CustodyRuleViolation(rule, code, otherField, args);
  }

  private static String english(String code, Object[] args) {
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              Locale.ROOT,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return format(bundle, code, args);
    } catch (MissingResourceException e) {
      // The code still identifies the rule; a missing text must not hide the refusal itself.
      return code;
    }
  }

  private static String format(ResourceBundle bundle, String code, Object[] args) {
    // Times as stored (ISO), as ICU would otherwise try to format them as dates; a nested message
    // (a list of event types) in English too.
    var shown = new @Nullable Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] =
          switch (args[i]) {
            case TemporalAccessor t -> t.toString();
            case MessageSourceResolvable r -> nested(bundle, r);
            case null -> null;
            default -> args[i];
          };
    }
    return new MessageFormat(bundle.getString(code), Locale.ENGLISH).format(shown);
  }

  private static String nested(ResourceBundle bundle, MessageSourceResolvable r) {
    var codes = r.getCodes();
    var args = r.getArguments();
    if (codes != null) {
      for (var c : codes) {
        if (bundle.containsKey(c)) {
          return format(bundle, c, args == null ? new Object[0] : args);
        }
      }
    }
    return String.valueOf(r.getDefaultMessage());
  }
}
