package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ledger speaks English, Russian and Kazakh, with the same arguments in each. */
class LedgerMessagesTest {

  @Test
  void everyMessageHasEnglishRussianAndKazakhTextWithTheSameArguments() throws IOException {
    Properties en = bundle("ledger");
    for (String language : new String[] {"ru", "kk"}) {
      Properties other = bundle("ledger_" + language);
      assertThat(other.stringPropertyNames()).as(language).isEqualTo(en.stringPropertyNames());
      for (String key : en.stringPropertyNames()) {
        assertThat(arguments(other.getProperty(key)))
            .as(language + " " + key)
            .isEqualTo(arguments(en.getProperty(key)));
      }
    }
  }

  @Test
  void noMessageHasAnAsciiApostropheThatMessageFormatWouldSwallow() throws IOException {
    for (String name : new String[] {"ledger", "ledger_ru", "ledger_kk"}) {
      assertThat(bundle(name).values()).as(name).noneMatch(text -> text.toString().contains("'"));
    }
  }

  private static Set<String> arguments(String text) {
    var found = new TreeSet<String>();
    var m = Pattern.compile("\\{\\d}").matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static Properties bundle(String name) throws IOException {
    var properties = new Properties();
    try (var in = LedgerMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
