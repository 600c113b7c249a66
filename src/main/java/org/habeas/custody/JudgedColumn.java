package org.habeas.custody;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code judged} column of custody's read model (V30): a {@link RecordJudged} as JSON, written
 * when safeguards publishes one and read by the board and the detention clock. Its own plain
 * mapper, so that the stored form does not follow the application's JSON settings.
 */
final class JudgedColumn {

  private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

  private JudgedColumn() {}

  static String write(RecordJudged judged) {
    return JSON.writeValueAsString(judged);
  }

  /** The judgement stored, or null where none is (a record not judged yet) or it cannot be read. */
  static @Nullable RecordJudged read(@Nullable String column) {
    if (column == null || column.isBlank()) {
      return null;
    }
    try {
      return JSON.readValue(column, RecordJudged.class);
    } catch (JacksonException e) {
      return null;
    }
  }
}
