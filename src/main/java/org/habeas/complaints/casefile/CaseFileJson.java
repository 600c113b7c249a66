package org.habeas.complaints.casefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habeas.system.JsonProblems;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Case-file items to and from JSON. */
@Component
class CaseFileJson {

  private final JsonMapper json;

  CaseFileJson(JsonMapper json) {
    this.json = json;
  }

  /** A request body as the field texts of a {@code kind} item, plus {@code reason}. */
  Map<String, String> input(Kind kind, byte[] body) {
    if (body.length == 0) {
      throw new Problem(Problem.Kind.INVALID, "problem.emptyBody", List.of());
    }
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (JacksonException e) {
      throw JsonProblems.from(e);
    }
    if (!node.isObject()) {
      throw new Problem(Problem.Kind.INVALID, "problem.malformedJson", List.of());
    }
    var names = kind.fields().stream().map(Field::name).toList();
    var input = new LinkedHashMap<String, String>();
    for (var p : node.properties()) {
      var name = p.getKey();
      var value = p.getValue();
      if (!names.contains(name) && !name.equals("reason")) {
        throw Problem.badField(name, "field.unknown");
      }
      if (value.isNull()) {
        continue;
      }
      if (!value.isValueNode() || value.isBinary()) {
        throw new Problem(
            Problem.Kind.INVALID,
            "problem.invalid",
            List.of(new FieldProblem(name, "field.wrongType")));
      }
      input.put(name, value.asString());
    }
    return input;
  }

  ObjectNode item(Entry e) {
    var n = json.createObjectNode();
    n.put("id", e.itemId().toString());
    n.put("kind", e.kind().path());
    n.put("revision", e.revision());
    n.put("withdrawn", e.withdrawn());
    if (e.reason() != null) {
      n.put("reason", e.reason());
    }
    n.put("recordedBy", e.recordedBy());
    n.put("recordedAt", e.recordedAt().toString());
    for (var f : e.kind().fields()) {
      var v = e.get(f.name());
      if (v instanceof Boolean b) {
        n.put(f.name(), b);
      } else if (v != null) {
        n.put(f.name(), v.toString());
      }
    }
    return n;
  }

  ObjectNode caseFile(CaseFiles.CaseFileView v) {
    var n = json.createObjectNode();
    n.put("complaintId", v.complaint().id().toString());
    n.put("reference", v.complaint().reference());
    for (var kind : Kind.caseFile()) {
      var list = n.putArray(kind.path());
      v.file().current(kind).forEach(e -> list.add(item(e)));
    }
    var matrix = n.putArray("matrix");
    for (var row : v.file().matrix()) {
      var r = matrix.addObject();
      r.put("act", row.act().itemId().toString());
      var victims = r.putArray("victims");
      row.victims().forEach(x -> victims.add(x.itemId().toString()));
      var perpetrators = r.putArray("perpetrators");
      row.perpetrators()
          .forEach(
              p ->
                  perpetrators
                      .addObject()
                      .put("perpetrator", p.perpetrator().itemId().toString())
                      .put("degree", p.degree()));
    }
    return n;
  }

  ObjectNode istanbul(CaseFiles.IstanbulView v) {
    var n = json.createObjectNode();
    n.put("complaintId", v.complaintId().toString());
    for (var kind : Kind.istanbulProtocol()) {
      var list = n.putArray(kind.path());
      v.file().current(kind).forEach(e -> list.add(item(e)));
    }
    return n;
  }

  ObjectNode history(List<Entry> revisions) {
    var n = json.createObjectNode();
    var list = n.putArray("revisions");
    revisions.forEach(e -> list.add(item(e)));
    return n;
  }

  String text(ObjectNode n) {
    return json.writeValueAsString(n);
  }
}
