package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.habeas.custody.CustodyEvent;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void everyMessageHasEnglishRussianAndKazakhText() throws IOException {
    Properties en = bundle("custody");
    Properties ru = bundle("custody_ru");
    Properties kk = bundle("custody_kk");

    assertThat(ru.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(kk.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(en.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
  }

  @Test
  void everyEventTypeHasAName() throws IOException {
    Properties en = bundle("custody");

    assertThat(CustodyEvent.TYPES)
        .allSatisfy(type -> assertThat(en).containsKey("custody.event." + type));
  }

  @Test
  void translationsUseTheSameArguments() throws IOException {
    Properties en = bundle("custody");
    Properties ru = bundle("custody_ru");
    Properties kk = bundle("custody_kk");

    for (String key : en.stringPropertyNames()) {
      assertThat(arguments(ru.getProperty(key)))
          .as("ru " + key)
          .isEqualTo(arguments(en.getProperty(key)));
      assertThat(arguments(kk.getProperty(key)))
          .as("kk " + key)
          .isEqualTo(arguments(en.getProperty(key)));
    }
  }

  private static Set<String> arguments(String text) {
    var found = new TreeSet<String>();
    var m = Pattern.compile("\\{\\d(?=[},])").matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static Properties bundle(String name) throws IOException {
    var properties = new Properties();
    try (var in = MessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
