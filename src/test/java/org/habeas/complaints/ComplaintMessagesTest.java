package org.habeas.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The complaints' texts exist in Kazakh, Russian and English alike, for every value shown. */
class ComplaintMessagesTest {

  private static Properties bundle(String name) throws Exception {
    var p = new Properties();
    try (var in =
        ComplaintMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyLanguageHasEveryKeyAndNoAsciiApostrophe() throws Exception {
    var en = bundle("complaints");
    for (var lang : new String[] {"complaints_kk", "complaints_ru"}) {
      var other = bundle(lang);
      assertThat(other.stringPropertyNames()).as(lang).isEqualTo(en.stringPropertyNames());
      other.values().forEach(v -> assertThat((String) v).as(lang).doesNotContain("'"));
    }
    en.values().forEach(v -> assertThat((String) v).doesNotContain("'"));
  }

  @Test
  void everyValueShownHasALabel() throws Exception {
    var en = bundle("complaints");
    Stream.of(ComplaintStatus.values())
        .forEach(v -> assertThat(en).containsKey("complaint.status." + v.name()));
    Stream.of(Category.values())
        .forEach(v -> assertThat(en).containsKey("complaint.category." + v.name()));
    Stream.of(ComplainantRole.values())
        .forEach(v -> assertThat(en).containsKey("complaint.role." + v.name()));
    Stream.of(ContactPreference.values())
        .forEach(v -> assertThat(en).containsKey("complaint.contact." + v.name()));
    Stream.of(Outcome.values())
        .forEach(v -> assertThat(en).containsKey("complaint.outcome." + v.name()));
    Stream.of(Source.values())
        .forEach(v -> assertThat(en).containsKey("complaint.source." + v.name()));
    Stream.of(Deadlines.Level.values())
        .forEach(v -> assertThat(en).containsKey("complaint.level." + v.name()));
  }
}
