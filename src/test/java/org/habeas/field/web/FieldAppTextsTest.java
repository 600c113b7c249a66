package org.habeas.field.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The field page speaks English, Russian and Kazakh: each of its texts ({@code field.app.*}) is in
 * all three with the same placeholders, every text the page names exists, and every text its script
 * shows is handed to it by the page.
 */
class FieldAppTextsTest {

  private static final Path PAGE = Path.of("src/main/resources/templates/field/app.html");
  private static final Path SCRIPT = Path.of("src/main/resources/static/field/app/field.js");

  @Test
  void everyTextIsInEnglishRussianAndKazakhWithTheSamePlaceholders() throws IOException {
    var en = bundle("field");
    var keys = appKeys(en);
    assertThat(keys).hasSizeGreaterThan(40);
    for (var language : new String[] {"ru", "kk"}) {
      var other = bundle("field_" + language);
      assertThat(appKeys(other)).as(language).isEqualTo(keys);
      for (var key : keys) {
        assertThat(placeholders(other.getProperty(key)))
            .as(language + " " + key)
            .isEqualTo(placeholders(en.getProperty(key)));
        assertThat(other.getProperty(key)).as(language + " " + key).isNotBlank();
      }
    }
    // The script fills {0} itself: an ASCII apostrophe would be MessageFormat's quote elsewhere.
    assertThat(keys.stream().map(en::getProperty)).noneMatch(text -> text.contains("'"));
  }

  @Test
  void everyTextThePageNamesExists() throws IOException {
    var page = Files.readString(PAGE, StandardCharsets.UTF_8);
    var named = matches(Pattern.compile("#\\{(field\\.app\\.[A-Za-z.]+)}"), page);
    assertThat(named).isNotEmpty();
    assertThat(appKeys(bundle("field"))).containsAll(named);
  }

  @Test
  void everyTextTheScriptShowsIsHandedToItByThePage() throws IOException {
    var page = Files.readString(PAGE, StandardCharsets.UTF_8);
    var script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    var handed =
        matches(Pattern.compile("th:data-([a-z-]+)=\"#\\{field\\.app"), page).stream()
            .map(FieldAppTextsTest::camel)
            .collect(Collectors.toCollection(TreeSet::new));
    var shown = matches(Pattern.compile("\\bt\\('([A-Za-z]+)'"), script);
    shown.addAll(matches(Pattern.compile("'[a-z-]+': '([A-Za-z]+)'"), script));
    assertThat(shown).hasSizeGreaterThan(20);
    assertThat(handed).containsAll(shown);
  }

  /** {@code key-not-sent} as the script's {@code dataset} names it: {@code keyNotSent}. */
  private static String camel(String attribute) {
    var m = Pattern.compile("-([a-z])").matcher(attribute);
    return m.replaceAll(r -> r.group(1).toUpperCase(java.util.Locale.ROOT));
  }

  private static Set<String> matches(Pattern pattern, String text) {
    var found = new TreeSet<String>();
    var m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Set<String> appKeys(Properties bundle) {
    return bundle.stringPropertyNames().stream()
        .filter(k -> k.startsWith("field.app."))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> placeholders(String text) {
    return matches(Pattern.compile("(\\{\\d})"), text);
  }

  private static Properties bundle(String name) throws IOException {
    var properties = new Properties();
    try (var in = FieldAppTextsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
