package org.habeas.system;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * The one rule for text people send: no control characters, and Unicode in NFC. Tab, line feed and
 * carriage return are text (a narrative has lines); every other control character (NUL, escape,
 * backspace, form feed, DEL, the C1 range) and a lone surrogate half is refused, never stripped:
 * PostgreSQL cannot store NUL at all (the write fails after the request was accepted), the others
 * corrupt what is displayed, exported and hashed, and silently removing them would change what a
 * person said. Text is kept in NFC so that the same words typed on two keyboards are the same
 * string for search, duplicate detection and the digests the ledger commits to.
 *
 * <p>The JSON API (a Jackson deserializer for every {@code String}), every request parameter (a
 * check before any controller runs) and the forms that come back with their errors all apply this
 * rule; it answers with the field and {@code field.controlCharacter}.
 */
public final class PlainText {

  /** The message code of a refused text, naming the field. */
  public static final String CODE = "field.controlCharacter";

  private PlainText() {}

  /** Whether {@code s} holds a character this rule refuses. */
  public static boolean refused(@Nullable CharSequence s) {
    return s != null && firstRefused(s) >= 0;
  }

  /** The index of the first refused character, or -1. */
  static int firstRefused(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return i;
        }
      } else if (c >= 0x7f && c <= 0x9f) {
        return i;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return i;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code s} in Unicode NFC (unchanged, and not copied, when it already is). */
  @Contract("null -> null; !null -> !null")
  public static @Nullable String normalised(@Nullable String s) {
    if (s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      return s;
    }
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * {@code s} in NFC, or a 400 problem naming {@code field} when it holds a refused character.
   *
   * @throws Problem {@code problem.invalid} with {@code field.controlCharacter} on the field
   */
  @Contract("_, null -> null; _, !null -> !null")
  public static @Nullable String checked(String field, @Nullable String s) {
    if (refused(s)) {
      throw problem(List.of(field));
    }
    return normalised(s);
  }

  /** The fields of {@code form} whose value holds a refused character, in the form's order. */
  public static List<String> refusedFields(Map<String, String> form) {
    var bad = new ArrayList<String>();
    form.forEach(
        (name, value) -> {
          if (refused(name) || refused(value)) {
            bad.add(refused(name) ? "?" : name);
          }
        });
    return bad;
  }

  /** The problem for these fields: {@code problem.invalid}, each with {@link #CODE}. */
  public static Problem problem(List<String> fields) {
    return new Problem(
        Problem.Kind.INVALID,
        "problem.invalid",
        fields.stream().map(f -> new FieldProblem(f, CODE)).toList());
  }
}
