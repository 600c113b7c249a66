package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.RelativeNotified;
import org.junit.jupiter.api.Test;

/**
 * Every input of the record page's event forms has its label, and every choice of a select its
 * words, in Kazakh, Russian and English.
 */
class EventFormWordsTest {

  private static Properties bundle(String name) throws IOException {
    var p = new Properties();
    try (var in = EventFormWordsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyLabelAndChoiceIsWorded() throws IOException {
    for (var lang : List.of("", "_ru", "_kk")) {
      var words = new Properties();
      for (var name : List.of("system", "custody", "safeguards")) {
        words.putAll(bundle(name + lang));
      }
      for (var type : CustodyEvent.KINDS) {
        for (var f : EventForms.fields(type)) {
          assertThat(words.getProperty(f.label()))
              .as("%s of %s in system%s", f.label(), type.getSimpleName(), lang)
              .isNotBlank();
          for (var o : f.options()) {
            assertThat(words.getProperty(f.optionKey(o)))
                .as("%s of %s in system%s", f.optionKey(o), type.getSimpleName(), lang)
                .isNotBlank();
          }
        }
      }
    }
  }

  @Test
  void aNoticeAsksInWhatCapacityThePersonWasTold() {
    var capacity =
        EventForms.fields(RelativeNotified.class).stream()
            .filter(f -> f.name().equals("capacity"))
            .findFirst()
            .orElseThrow();

    assertThat(capacity.kind()).isEqualTo(EventForms.Kind.SELECT);
    assertThat(capacity.required()).isFalse();
    assertThat(capacity.options())
        .containsExactly("parent", "guardian", "appropriate-adult", "relative", "other");
  }
}
