package org.habeas.custody.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.Person;
import org.habeas.system.Problem;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The page form of each event type, derived from the event record itself, so that a form exists for
 * every type and names its fields exactly as the JSON API does (errors then land on the same field
 * either way).
 */
public final class EventForms {

  /** How a field is entered. */
  public enum Kind {
    TEXT,
    TEXTAREA,
    DATETIME,
    DATE,
    YES_NO,
    OPTIONAL_YES_NO,
    NUMBER,
    SELECT,
    FACILITY
  }

  /** One input of a form. */
  public record Field(String name, Kind kind, boolean required, List<String> options) {

    /** The message key of the field's label. */
    public String label() {
      var dot = name.lastIndexOf('.');
      return "field.label." + (dot < 0 ? name : name.substring(dot + 1));
    }

    /** The message key of one of its options, in words. */
    public String optionKey(String option) {
      var dot = name.lastIndexOf('.');
      return EventForms.optionKey(dot < 0 ? name : name.substring(dot + 1), option);
    }
  }

  /**
   * Fields whose option codes mean something else in another field ({@code refused} bail is not a
   * refused registration), so their options have keys of their own: {@code option.bail.refused}.
   */
  private static final Set<String> OWN_OPTION_KEYS = Set.of("bail");

  /** The message key of an option of the field with this name (the last part of its path). */
  public static String optionKey(String field, String option) {
    return OWN_OPTION_KEYS.contains(field) ? "option." + field + "." + option : "option." + option;
  }

  private static final Set<String> LONG_TEXT =
      Set.of("description", "findings", "grounds", "reason", "outcome", "note", "refusalReason");

  private EventForms() {}

  static List<String> typeNames() {
    return CustodyEvent.KINDS.stream().map(Class::getSimpleName).toList();
  }

  static Optional<Class<? extends CustodyEvent>> type(String name) {
    return CustodyEvent.KINDS.stream().filter(k -> k.getSimpleName().equals(name)).findFirst();
  }

  /** The inputs of a type's form; a correction's replacement is entered with its own type's. */
  static List<Field> fields(Class<?> type) {
    var out = new ArrayList<Field>();
    collect(type, "", out);
    return out;
  }

  private static void collect(Class<?> type, String prefix, List<Field> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      var name = prefix + c.getName();
      var t = c.getType();
      boolean required =
          c.getAccessor().isAnnotationPresent(NotNull.class)
              || c.getAccessor().isAnnotationPresent(NotBlank.class);
      if (t == Person.class) {
        collect(Person.class, name + ".", out);
      } else if (t == CustodyEvent.class) {
        continue; // Corrected.replacement: the page supplies it from the corrected event's form
      } else if (List.class.isAssignableFrom(t)) {
        continue; // lists (an injury's body-map marks and photographs) have their own form
      } else if (t == Instant.class) {
        out.add(new Field(name, Kind.DATETIME, required, List.of()));
      } else if (t == LocalDate.class) {
        out.add(new Field(name, Kind.DATE, required, List.of()));
      } else if (t == Boolean.class || t == boolean.class) {
        out.add(
            new Field(name, required ? Kind.YES_NO : Kind.OPTIONAL_YES_NO, required, List.of()));
      } else if (t == int.class || t == Integer.class || t == long.class) {
        out.add(new Field(name, Kind.NUMBER, required, List.of()));
      } else if (t.isEnum()) {
        out.add(new Field(name, Kind.SELECT, required, codes(t)));
      } else if (c.getName().endsWith("acilityId")) {
        out.add(new Field(name, Kind.FACILITY, required, List.of()));
      } else {
        var kind = LONG_TEXT.contains(c.getName()) ? Kind.TEXTAREA : Kind.TEXT;
        out.add(new Field(name, kind, required, List.of()));
      }
    }
  }

  /** The JSON values of an enum (its {@code code()} if it has one, else its name). */
  private static List<String> codes(Class<?> e) {
    return Arrays.stream(e.getEnumConstants())
        .map(
            v -> {
              try {
                return String.valueOf(e.getMethod("code").invoke(v));
              } catch (ReflectiveOperationException ex) {
                return String.valueOf(v);
              }
            })
        .toList();
  }

  /**
   * The JSON of an event from a submitted form: blank inputs are left out, date-times are read in
   * the facility's zone, yes/no become booleans. A value that cannot be read names its field.
   */
  static ObjectNode bind(
      String type, List<Field> fields, Map<String, String> form, String prefix, ZoneId zone) {
    var node = JsonNodeFactory.instance.objectNode();
    node.put("type", type);
    for (var f : fields) {
      var raw = form.getOrDefault(prefix + f.name(), "").strip();
      if (raw.isEmpty()) {
        continue;
      }
      var target = node;
      var path = f.name().split("\\.");
      for (int i = 0; i < path.length - 1; i++) {
        target = target.has(path[i]) ? (ObjectNode) target.get(path[i]) : target.putObject(path[i]);
      }
      var leaf = path[path.length - 1];
      try {
        switch (f.kind()) {
          case DATETIME ->
              target.put(leaf, LocalDateTime.parse(raw).atZone(zone).toInstant().toString());
          case DATE -> target.put(leaf, LocalDate.parse(raw).toString());
          case YES_NO, OPTIONAL_YES_NO -> target.put(leaf, Boolean.parseBoolean(raw));
          case NUMBER -> target.put(leaf, Integer.parseInt(raw));
          default -> target.put(leaf, raw);
        }
      } catch (DateTimeParseException | NumberFormatException e) {
        throw Problem.badField(f.name(), "field.wrongType");
      }
    }
    return node;
  }
}
