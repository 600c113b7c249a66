package org.habeas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The monitoring bundle is complete in kk, ru and en, and names every code the module uses. */
class MonitoringMessagesTest {

  private static Properties bundle(String name) throws IOException {
    var p = new Properties();
    try (var in =
        MonitoringMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyLanguageHasEveryKeyAndNoAsciiApostrophe() throws IOException {
    var en = bundle("monitoring");
    var ru = bundle("monitoring_ru");
    var kk = bundle("monitoring_kk");
    assertThat(ru.keySet()).isEqualTo(en.keySet());
    assertThat(kk.keySet()).isEqualTo(en.keySet());
    for (var p : new Properties[] {en, ru, kk}) {
      p.values().forEach(v -> assertThat((String) v).doesNotContain("'"));
    }
    assertThat(ru.getProperty("monitoring.status.IMPLEMENTED")).isEqualTo("выполнено");
    assertThat(kk.getProperty("monitoring.status.IMPLEMENTED")).isEqualTo("орындалған");
  }

  @Test
  void everyCodeTheModuleShowsHasAMessage() throws IOException {
    var en = bundle("monitoring");
    var keys = new ArrayList<String>();
    for (var s : Checklist.SECTIONS) {
      keys.add("monitoring.section." + s.id());
      s.items().forEach(i -> keys.add("monitoring.check." + i));
    }
    for (var a : Checklist.Answer.values()) {
      keys.add("monitoring.answer." + a.name());
    }
    for (var s : RecommendationStatus.values()) {
      keys.add("monitoring.status." + s.name());
    }
    Vocabulary.SOURCES.forEach(s -> keys.add("monitoring.source." + s));
    Vocabulary.AGENCIES.forEach(s -> keys.add("monitoring.agency." + s));
    Vocabulary.THEMES.forEach(s -> keys.add("monitoring.theme." + s));
    Vocabulary.GROUPS.forEach(s -> keys.add("monitoring.group." + s));
    Vocabulary.SEVERITIES.forEach(s -> keys.add("monitoring.severity." + s));
    Camera.ROOMS.forEach(s -> keys.add("monitoring.room." + s));
    Camera.STATUSES.forEach(s -> keys.add("monitoring.cameraStatus." + s));
    assertThat(en.stringPropertyNames()).containsAll(keys);
  }
}
