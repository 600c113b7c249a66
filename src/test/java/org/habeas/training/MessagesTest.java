package org.habeas.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.habeas.training.moodle.Matching;
import org.junit.jupiter.api.Test;

/** Training speaks Kazakh, Russian and English alike, for every code it shows. */
class MessagesTest {

  @Test
  void everyLanguageHasTheSameKeys() throws IOException {
    var en = bundle("training");
    assertThat(bundle("training_ru").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(bundle("training_kk").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
  }

  @Test
  void everyCodeTheUiShowsHasAText() throws IOException {
    var en = bundle("training");
    Course.SUBJECTS.forEach(s -> assertThat(en).containsKey("training.subject." + s));
    Course.FORMATS.forEach(s -> assertThat(en).containsKey("training.format." + s));
    Course.PROVIDERS.forEach(s -> assertThat(en).containsKey("training.provider." + s));
    Course.PROVIDERS.forEach(s -> assertThat(en).containsKey("training.pdf.provider." + s));
    Certificate.KINDS.forEach(k -> assertThat(en).containsKey("training.pdf.kind." + k));
    Certificate.KINDS.forEach(k -> assertThat(en).containsKey("training.pdf.completed." + k));
    Staff.POSITIONS.forEach(p -> assertThat(en).containsKey("training.position." + p));
    JointEvent.KINDS.forEach(k -> assertThat(en).containsKey("training.event.kind." + k));
    JointEvent.PARTNERS.forEach(p -> assertThat(en).containsKey("training.partner." + p));
    for (var s : Matching.Status.values()) {
      assertThat(en).containsKey(s.code());
    }
    for (var capacity :
        new String[] {
          "interrogator",
          "custody-officer",
          "reviewer",
          "authoriser",
          "cell-visit",
          "doctor",
          "injury-recorder",
          "recorder"
        }) {
      assertThat(en).containsKey("training.capacity." + capacity);
    }
  }

  @Test
  void noTextHasAnAsciiApostrophe() throws IOException {
    for (var name : new String[] {"training", "training_ru", "training_kk"}) {
      assertThat(bundle(name).values())
          .allSatisfy(v -> assertThat(v.toString()).doesNotContain("'"));
    }
  }

  static Properties bundle(String name) throws IOException {
    var p = new Properties();
    try (var in = MessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
