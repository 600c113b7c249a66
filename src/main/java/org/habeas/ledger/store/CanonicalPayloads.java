package org.habeas.ledger.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an event's stored JSON into the payload of a CanonicalEvent: objects become maps, arrays
 * lists, whole numbers longs, and every other number its JSON text.
 *
 * <p>The event goes through the same JSON text the custody store writes, so that whoever reads the
 * stored row (the verifier, with database access) derives the very same payload. Fractions become
 * text because deterministic CBOR has no single encoding for them.
 */
public final class CanonicalPayloads {

  private CanonicalPayloads() {}

  /** Returns the payload of {@code event} serialised as the application serialises it. */
  public static Map<String, @Nullable Object> of(JsonMapper json, Object event) {
    return ofJson(json, json.writeValueAsString(event));
  }

  /** Returns the payload of an event's stored JSON object. */
  public static Map<String, @Nullable Object> ofJson(JsonMapper json, String eventJson) {
    JsonNode tree = json.readTree(eventJson);
    if (!tree.isObject()) {
      throw new IllegalArgumentException("an event's JSON must be an object");
    }
    return object(tree);
  }

  private static Map<String, @Nullable Object> object(JsonNode node) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    node.properties().forEach(field -> map.put(field.getKey(), value(field.getValue())));
    return map;
  }

  private static @Nullable Object value(JsonNode node) {
    if (node.isObject()) {
      return object(node);
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>();
      node.values().forEach(item -> list.add(value(item)));
      return list;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.asString();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.asString();
  }
}
