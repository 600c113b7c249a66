package org.habeas.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's contract does not drift by accident: the OpenAPI document served at {@code
 * /v3/api-docs} is compared, keys sorted, with the committed copy. A change to the API is a change
 * to that file, seen in review; refactoring must leave it identical. Regenerate it on purpose with
 * {@code ./habeas openapi} (which runs this test with {@code -Dhabeas.openapi.write=true}).
 */
@IntegrationTest
class OpenApiDocumentTests {

  static final Path COMMITTED = Path.of("src/test/resources/openapi/habeas-api.json");

  @Autowired MockMvc mvc;

  @Test
  void theServedDocumentIsTheCommittedOne() throws Exception {
    var body =
        mvc.perform(get("/v3/api-docs"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    var mapper = JsonMapper.builder().build();
    var served =
        mapper.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(mapper.readTree(body)))
            + "\n";
    if (Boolean.getBoolean("habeas.openapi.write")) {
      write(served);
    }
    assertThat(served)
        .as(
            "the OpenAPI document changed; if on purpose, run ./habeas openapi and commit %s",
            COMMITTED)
        .isEqualTo(Files.readString(COMMITTED));
  }

  private static void write(String served) throws IOException {
    Files.createDirectories(COMMITTED.getParent());
    Files.writeString(COMMITTED, served);
  }

  /** The same tree with every object's keys in order, so the comparison ignores map order. */
  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      var keys = new TreeMap<String, JsonNode>();
      for (var e : node.properties()) {
        keys.put(e.getKey(), sorted(e.getValue()));
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      keys.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      var out = JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> out.add(sorted(n)));
      return out;
    }
    return node;
  }
}
