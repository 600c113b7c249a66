package org.habeas.custody.web;

import java.util.List;
import java.util.Locale;
import org.habeas.custody.RecordSummary;
import org.habeas.custody.RecordView;
import org.habeas.custody.StoredEvent;
import org.habeas.ledger.MerkleLog;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** How records and events look in the JSON API. */
@Component
class RecordJson {

  private final JsonMapper json;
  private final MerkleLog ledger;

  RecordJson(JsonMapper json, MerkleLog ledger) {
    this.json = json;
    this.ledger = ledger;
  }

  ObjectNode event(StoredEvent e) {
    ObjectNode n = json.valueToTree(e.event());
    n.put("type", e.type());
    n.put("seq", e.seq());
    n.put("recordedAt", e.recordedAt().toString());
    n.put("recordedBy", e.recordedBy());
    n.put("lateEntry", e.lateEntry());
    if (e.leafIndex() == null) {
      n.putNull("leafIndex");
    } else {
      n.put("leafIndex", e.leafIndex());
    }
    return n;
  }

  ObjectNode record(RecordView v) {
    var n = json.createObjectNode();
    var s = v.state();
    n.put("id", v.id());
    n.put("jurisdiction", s.jurisdiction().code());
    n.put("status", s.status().name().toLowerCase(Locale.ROOT));
    n.put("facilityId", v.facility().id());
    n.put("visibility", v.visibility().name().toLowerCase(Locale.ROOT));
    if (v.person() != null) {
      n.set("person", json.valueToTree(v.person()));
    } else {
      n.putObject("person").put("pseudonym", v.pseudonym());
    }
    n.put("juvenile", v.juvenile());
    n.put("apprehendedAt", s.apprehendedAt().toString());
    if (s.closedAt() == null) {
      n.putNull("closedAt");
    } else {
      n.put("closedAt", s.closedAt().toString());
    }
    // Issue 16: police custody, or remand at the prison that continues the record since its
    // arrival there (closedAt stays the end of police custody, the hand-over).
    n.put("phase", s.phase().name().toLowerCase(Locale.ROOT));
    if (s.remandArrivedAt() != null) {
      n.put("remandArrivedAt", s.remandArrivedAt().toString());
      if (s.remandEndedAt() == null) {
        n.putNull("remandEndedAt");
      } else {
        n.put("remandEndedAt", s.remandEndedAt().toString());
      }
    }
    n.put("lastSeq", s.lastSeq());
    // Events the log committed to that are no longer stored: the record is not whole.
    n.put("incomplete", v.incomplete());
    var missing = n.putArray("missingEvents");
    v.missingEvents().forEach(missing::add);
    var clock = n.putObject("clock");
    clock.put("elapsedHours", v.clock().elapsed().toMinutes() / 60.0);
    clock.put("limitAt", v.clock().until().toString());
    clock.put("limitHours", v.clock().limit().toMinutes() / 60.0);
    clock.put("level", v.clock().level().name().toLowerCase(Locale.ROOT));
    var events = n.putArray("events");
    var leaves = ledger.leafIndices(v.id());
    v.events()
        .forEach(
            e -> {
              var leaf = leaves.get(e.stored().seq());
              var node = event(leaf == null ? e.stored() : e.stored().withLeafIndex(leaf));
              node.put("superseded", e.superseded());
              // Derived from the release, never stored: the events that may follow it (issue 16).
              node.put("afterRelease", e.afterRelease());
              node.put("phase", s.phaseOf(e.stored()).name().toLowerCase(Locale.ROOT));
              events.add(node);
            });
    return n;
  }

  ObjectNode page(List<RecordSummary> items, int page, int size, long total) {
    var n = json.createObjectNode();
    var array = n.putArray("items");
    for (var r : items) {
      ObjectNode item = json.valueToTree(r);
      item.put("status", r.status().name().toLowerCase(Locale.ROOT));
      array.add(item);
    }
    n.put("page", page);
    n.put("size", size);
    n.put("total", total);
    return n;
  }

  String text(ObjectNode n) {
    return json.writeValueAsString(n);
  }
}
