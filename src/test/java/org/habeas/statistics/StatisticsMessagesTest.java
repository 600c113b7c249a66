package org.habeas.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The statistics texts exist in English, Russian and Kazakh, and MessageFormat can read them. */
class StatisticsMessagesTest {

  static Properties bundle(String name) throws IOException {
    var p = new Properties();
    try (var in =
        new InputStreamReader(
            StatisticsMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties"),
            StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void everyLanguageHasTheSameKeysAndNoAsciiApostrophe() throws IOException {
    var en = bundle("statistics");
    for (var name : new String[] {"statistics_ru", "statistics_kk"}) {
      var other = bundle(name);
      assertThat(other.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
      assertThat(other.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("'"));
    }
    assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("'"));
  }
}
