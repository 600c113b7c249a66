package org.habeas.safeguards;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.habeas.custody.CustodyEvent;

/**
 * Which events count for a rule: a type, and perhaps what some of their fields must say.
 *
 * <p>In a profile it is either a type name ({@code RemandOrdered}) or a type with qualifiers
 * ({@code ProsecutorNotified: {about: ill-treatment}}); each qualifier lists the values that count.
 * The pseudo-type {@value #RELEVANT_TIME} stands for the profile's relevant time (PACE s.41).
 *
 * @param type an event type's API name, or {@value #RELEVANT_TIME}
 * @param where the values each qualifier must take, normalised; an event matches if every
 *     qualifier's value is among its listed ones
 */
public record EventPattern(String type, Map<Qualifier, List<String>> where) {

  /** The pseudo-type of the moment the profile's relevant time starts. */
  public static final String RELEVANT_TIME = "relevant-time";

  /** Each event class's type name, looked up once: matching runs for every rule and event. */
  private static final ClassValue<String> TYPES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          return type.getSimpleName();
        }
      };

  /** A pattern matching every event of the type. */
  public static EventPattern of(String type) {
    return new EventPattern(type, Map.of());
  }

  /** Whether this stands for the relevant time rather than for events. */
  public boolean relevantTime() {
    return type.equals(RELEVANT_TIME);
  }

  /** Whether the event is of the type and its qualified fields say what this asks for. */
  public boolean matches(CustodyEvent event) {
    if (!TYPES.get(event.getClass()).equals(type)) {
      return false;
    }
    for (var w : where.entrySet()) {
      String value = w.getKey().valueOf(event);
      if (value == null || !w.getValue().contains(value)) {
        return false;
      }
    }
    return true;
  }

  /** Whether any of the patterns matches the event. */
  public static boolean any(List<EventPattern> patterns, CustodyEvent event) {
    for (EventPattern p : patterns) {
      if (p.matches(event)) {
        return true;
      }
    }
    return false;
  }

  /** The pattern as a profile writes it, e.g. {@code ProsecutorNotified{about: ill-treatment}}. */
  @Override
  public String toString() {
    if (where.isEmpty()) {
      return type;
    }
    return where.entrySet().stream()
        .map(w -> w.getKey() + ": " + String.join(" | ", w.getValue()))
        .collect(Collectors.joining(", ", type + "{", "}"));
  }
}
