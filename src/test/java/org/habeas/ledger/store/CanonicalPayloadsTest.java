package org.habeas.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CanonicalPayloadsTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void turnsAnEventsJsonIntoCborReadyValues() {
    var payload =
        CanonicalPayloads.ofJson(
            json,
            """
            {"type":"Corrected","correctsSeq":2,"ratio":0.5,"ok":true,"none":null,
             "replacement":{"type":"CellVisited","by":["a","b"]}}""");

    assertThat(payload)
        .containsEntry("type", "Corrected")
        .containsEntry("correctsSeq", 2L)
        .containsEntry("ratio", "0.5")
        .containsEntry("ok", true)
        .containsEntry("none", null)
        .containsEntry("replacement", Map.of("type", "CellVisited", "by", List.of("a", "b")));
  }

  @Test
  void anObjectGivesTheSamePayloadAsTheJsonStoredForIt() {
    record Visit(String type, long at) {}
    var visit = new Visit("CellVisited", 12);

    assertThat(CanonicalPayloads.of(json, visit))
        .isEqualTo(CanonicalPayloads.ofJson(json, json.writeValueAsString(visit)));
  }
}
