package org.habeas.custody.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.habeas.custody.CustodyEvent;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.JsonProblems;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the custody pages' event forms share: the event read from a bound form, and a refusal shown
 * on the page (its title, each field's message) in the reader's language and the facility's zone.
 */
@Component
class PageForms {

  private final JsonMapper json;
  private final MessageSource messages;
  private final Facilities facilities;

  PageForms(JsonMapper json, MessageSource messages, Facilities facilities) {
    this.json = json;
    this.messages = messages;
    this.facilities = facilities;
  }

  /** The event of a form bound by {@link EventForms#bind}; bad input refused as the API does. */
  CustodyEvent read(ObjectNode node) {
    try {
      return json.treeToValue(node, CustodyEvent.class);
    } catch (JacksonException e) {
      throw JsonProblems.from(e);
    }
  }

  /** Each field's message, by field name without {@code stripPrefix}. */
  Map<String, String> errors(Problem p, String stripPrefix, ZoneId zone) {
    var locale = LocaleContextHolder.getLocale();
    var out = new LinkedHashMap<String, String>();
    for (var f : p.fields()) {
      var field =
          f.field().startsWith(stripPrefix) ? f.field().substring(stripPrefix.length()) : f.field();
      out.merge(
          field,
          messages.getMessage(f.code(), shown(f.args(), zone), f.code(), locale),
          (a, b) -> a + " " + b);
    }
    return out;
  }

  /**
   * The problem's title for a page: a refused event names the role and the event in words ("A
   * lawyer cannot record “Cell visited” on this record").
   */
  String title(Actor me, Problem p, ZoneId zone) {
    var locale = LocaleContextHolder.getLocale();
    if ("custody.forbiddenEvent".equals(p.code())) {
      var key = "custody.refused." + me.role().name();
      return messages.getMessage(
          key, p.args(), messages.getMessage(p.code(), p.args(), locale), locale);
    }
    return messages.getMessage(p.code(), shown(p.args(), zone), p.code(), locale);
  }

  /**
   * Message arguments as a page shows them: instants in the facility's zone to the minute, the zone
   * named; event type names in words.
   */
  private Object[] shown(Object[] args, ZoneId zone) {
    var out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Instant t) {
        out[i] = LocalTimes.named(t, zone);
      } else if (out[i] instanceof String s && CustodyEvent.TYPES.contains(s)) {
        out[i] = new DefaultMessageSourceResolvable(new String[] {"custody.event." + s}, s);
      } else if (out[i] instanceof String s && facilities.find(s).isPresent()) {
        out[i] = facilities.find(s).orElseThrow().name();
      }
    }
    return out;
  }

  /** The zone of a facility; UTC for none or an unknown one. */
  ZoneId zoneOf(@Nullable String facilityId) {
    return facilityId == null
        ? ZoneId.of("UTC")
        : facilities.find(facilityId).map(Facility::zone).orElse(ZoneId.of("UTC"));
  }
}
