package org.habeas.custody.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.RecordView;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fields of each event on the timeline, as label-value pairs for the page. */
final class EventDetails {

  /**
   * One field of an event as shown: the label's message key and the value.
   *
   * @param code whether the value is yes/no
   * @param key the message key that says the value in words (an option of a list, an event type),
   *     or null when the value is shown as it is
   */
  record Detail(String label, String value, boolean code, @Nullable String key) {

    Detail(String label, String value, boolean code) {
      this(label, value, code, null);
    }
  }

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private EventDetails() {}

  /** Details per seq for every event the viewer sees. */
  static Map<Integer, List<Detail>> of(RecordView view, JsonMapper json) {
    return of(view, json, id -> id);
  }

  /**
   * Details per seq, facility ids shown by name and the values of lists (profiles, rights, ...) by
   * their words.
   */
  static Map<Integer, List<Detail>> of(
      RecordView view, JsonMapper json, Function<String, String> facilityName) {
    var out = new HashMap<Integer, List<Detail>>();
    for (var e : view.events()) {
      var list = new ArrayList<Detail>();
      flatten("", json.valueToTree(e.stored().event()), view.facility().zone(), list);
      out.put(
          e.stored().seq(),
          list.stream().map(d -> words(e.stored().event(), d, facilityName)).toList());
    }
    return out;
  }

  private static Detail words(CustodyEvent event, Detail d, Function<String, String> facilityName) {
    if (d.code() || d.key() != null) {
      return d;
    }
    var inner = event instanceof Corrected c ? c.replacement() : event;
    var name = d.label().substring("field.label.".length());
    for (var f : EventForms.fields(inner.getClass())) {
      var leaf = f.name().substring(f.name().lastIndexOf('.') + 1);
      if (!leaf.equals(name)) {
        continue;
      }
      if (f.kind() == EventForms.Kind.SELECT && f.options().contains(d.value())) {
        return new Detail(d.label(), d.value(), false, EventForms.optionKey(leaf, d.value()));
      }
      if (f.kind() == EventForms.Kind.FACILITY) {
        return new Detail(d.label(), facilityName.apply(d.value()), false, null);
      }
    }
    return d;
  }

  private static void flatten(String prefix, JsonNode node, ZoneId zone, List<Detail> out) {
    for (var entry : node.properties()) {
      var name = entry.getKey();
      var value = entry.getValue();
      if (prefix.isEmpty() && (name.equals("type") || name.equals("occurredAt"))) {
        continue;
      }
      if (value.isNull() || value.isArray()) {
        continue; // lists (an injury's body-map marks and photographs) are shown on their own
      }
      if (value.isObject()) {
        if (name.equals("replacement")) {
          var type = value.path("type").asString();
          out.add(new Detail("field.label.replacement", type, false, "custody.event." + type));
        }
        flatten(prefix + name + ".", value, zone, out);
        continue;
      }
      var text = value.asString();
      if (name.equals("until") || name.equals("occurredAt")) {
        text = SHOWN.format(Instant.parse(text).atZone(zone));
      }
      out.add(new Detail("field.label." + name, text, value.isBoolean()));
    }
  }

  /** The form inputs that reproduce an event (to correct it). */
  static Map<String, String> formValues(CustodyEvent event, JsonMapper json, ZoneId zone) {
    var out = new LinkedHashMap<String, String>();
    fill("", json.valueToTree(event), zone, out);
    out.remove("type");
    return out;
  }

  private static void fill(String prefix, JsonNode node, ZoneId zone, Map<String, String> out) {
    for (var entry : node.properties()) {
      var value = entry.getValue();
      var name = prefix + entry.getKey();
      if (value.isArray()) {
        continue;
      } else if (value.isObject()) {
        fill(name + ".", value, zone, out);
      } else if (!value.isNull()) {
        var text = value.asString();
        if (entry.getKey().equals("occurredAt") || entry.getKey().equals("until")) {
          text = INPUT.format(Instant.parse(text).atZone(zone));
        }
        out.put(name, text);
      }
    }
  }
}
