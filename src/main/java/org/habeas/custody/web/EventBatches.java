package org.habeas.custody.web;

import java.util.List;
import java.util.Objects;
import org.habeas.custody.BulkAppend;
import org.habeas.custody.CustodyEvent;
import org.habeas.system.Actor;
import org.habeas.system.IdempotentWrites;
import org.habeas.system.JsonProblems;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The array form of {@code POST /api/v1/custody-records/{id}/events}: a paper register uploaded
 * after an outage, appended all or nothing ({@link BulkAppend}).
 *
 * <p>It shares the single append's path rather than having a route of its own: the handler reads
 * the body as bytes anyway (the {@code Idempotency-Key} is checked against them), and JSON says by
 * its first character whether a body is one object or an array, so the choice is a byte, not a
 * guess. Access, {@code If-Match} and {@code Idempotency-Key} then mean the same for both forms.
 */
@Component
class EventBatches {

  private static final TypeReference<List<@Nullable CustodyEvent>> EVENTS =
      new TypeReference<>() {};

  private final BulkAppend bulk;
  private final IdempotentWrites idempotent;
  private final RecordJson out;
  private final JsonMapper json;

  EventBatches(BulkAppend bulk, IdempotentWrites idempotent, RecordJson out, JsonMapper json) {
    this.bulk = bulk;
    this.idempotent = idempotent;
    this.out = out;
    this.json = json;
  }

  /** Whether the body is a JSON array: its first character past a byte-order mark and spaces. */
  static boolean isArray(byte[] body) {
    int i = 0;
    if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB) {
      i = body[2] == (byte) 0xBF ? 3 : 0;
    }
    while (i < body.length
        && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) {
      i++;
    }
    return i < body.length && body[i] == '[';
  }

  /**
   * Appends the events of the array in order, in one transaction; 201 with the stored events. A
   * replay with the same key and body answers the first response again.
   */
  ResponseEntity<String> append(
      Actor me,
      String id,
      String path,
      byte[] body,
      @Nullable String key,
      @Nullable Integer expectedLastSeq) {
    var events = parse(body);
    return idempotent.run(
        me.username(),
        key,
        "POST",
        path,
        body,
        () -> {
          var stored = bulk.append(me, id, events, expectedLastSeq);
          var array = json.createArrayNode();
          stored.forEach(e -> array.add(out.event(e)));
          return new IdempotentWrites.Result(201, null, json.writeValueAsString(array));
        });
  }

  private List<CustodyEvent> parse(byte[] body) {
    List<@Nullable CustodyEvent> events;
    try {
      events = json.readValue(body, EVENTS);
    } catch (JacksonException e) {
      // Jackson's path starts with the element: [3].occurredAt.
      throw JsonProblems.from(e);
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) == null) {
        throw Problem.badField("[" + i + "]", "field.NotNull");
      }
    }
    return events.stream().map(Objects::requireNonNull).toList();
  }
}
