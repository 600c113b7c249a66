package org.habeas.complaints.casefile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One field of a case-file item: its name (in forms and JSON), its type, whether it must be given,
 * and for choices the allowed values.
 *
 * @param refKind for a reference the {@link Kind} name of the item it points at; for a choice the
 *     simple name of its enum (the stem of its options' message keys)
 */
public record Field(
    String name, Type type, boolean required, List<String> options, @Nullable String refKind) {

  /** The value types a field may hold. */
  public enum Type {
    /** One line of text, up to 200 characters. */
    TEXT,
    /** Free text, up to 4000 characters. */
    LONG_TEXT,
    /** A calendar date, not in the future. */
    DATE,
    /** Yes or no. */
    YES_NO,
    /** One of {@link #options()}. */
    CHOICE,
    /** The id of a current item of kind {@link #refKind()} in the same complaint. */
    REF,
    /** The user name of a doctor. */
    DOCTOR,
    /** A facility code. */
    FACILITY
  }

  static Field text(String name, boolean required) {
    return new Field(name, Type.TEXT, required, List.of(), null);
  }

  static Field longText(String name, boolean required) {
    return new Field(name, Type.LONG_TEXT, required, List.of(), null);
  }

  static Field date(String name, boolean required) {
    return new Field(name, Type.DATE, required, List.of(), null);
  }

  static Field yesNo(String name) {
    return new Field(name, Type.YES_NO, true, List.of(), null);
  }

  static Field choice(String name, Class<? extends Enum<?>> options, boolean required) {
    var names = Arrays.stream(options.getEnumConstants()).map(Enum::name).toList();
    return new Field(name, Type.CHOICE, required, names, options.getSimpleName());
  }

  static Field ref(String name, String kind, boolean required) {
    return new Field(name, Type.REF, required, List.of(), kind);
  }

  static Field of(String name, Type type, boolean required) {
    return new Field(name, type, required, List.of(), null);
  }

  /** The longest text accepted. */
  public int maxLength() {
    return type == Type.LONG_TEXT ? 4000 : 200;
  }

  /** The database column: the name in snake case. */
  public String column() {
    return name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }

  /** The message-key prefix of this field's options ({@code casefile.option.ActType.}). */
  public String optionKey() {
    return "casefile.option." + refKind + ".";
  }
}
