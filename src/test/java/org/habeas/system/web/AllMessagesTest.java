package org.habeas.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message of every module, in English, Russian and Kazakh, as ICU reads it: the same keys in
 * the three languages, patterns that parse, plurals with the categories each language needs, and
 * Russian and Kazakh text that is translated, not left in English.
 */
class AllMessagesTest {

  static final List<String> LANGUAGES = List.of("en", "ru", "kk");

  /**
   * Plural categories a language has but a message need not write. Kazakh nouns do not change after
   * a numeral ("1 жазба", "5 жазба"), so {@code other} alone is right there.
   */
  static final Map<String, Set<String>> OPTIONAL_CATEGORIES = Map.of("kk", Set.of("one"));

  /** Text that is the same in every language: names of products, standards, codes and numbers. */
  static final Set<String> SAME_IN_EVERY_LANGUAGE =
      Set.of(
          "Habeas", "HTTP", "Basic", "UTC", "GMT", "CPT", "OPCAT", "PACE", "IIN", "ИИН", "JSON",
          "CSV", "PDF", "YAML", "API", "URL", "SMS", "E-mail", "Email", "ID", "OK", "Moodle",
          "SHA-256", "Ed25519", "ICD-10", "Uwazi", "HTML", "ODS", "kk", "ru", "en", "Қазақша",
          "Русский", "English");

  @Test
  void everyBundleIsReadByTheApplication() {
    var files = new TreeSet<String>();
    for (var m : BUNDLE_FILES) {
      files.add(m);
    }
    assertThat(files).isEqualTo(new TreeSet<>(modules()));
  }

  @Test
  void everyKeyExistsInEveryLanguage() {
    var problems = new ArrayList<String>();
    for (var module : modules()) {
      var en = bundle(module, "en").stringPropertyNames();
      for (var language : List.of("ru", "kk")) {
        var other = bundle(module, language).stringPropertyNames();
        for (var key : difference(en, other)) {
          problems.add(module + "_" + language + " lacks " + key);
        }
        for (var key : difference(other, en)) {
          problems.add(module + " (en) lacks " + key + " that " + language + " has");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyMessageIsAnIcuPatternWithThePluralsItsLanguageNeeds() {
    var problems = new ArrayList<String>();
    for (var module : modules()) {
      for (var language : LANGUAGES) {
        var messages = bundle(module, language);
        for (var key : new TreeSet<>(messages.stringPropertyNames())) {
          problems.addAll(
              problems(language, module + "_" + language + " " + key, messages.getProperty(key)));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void translationsTakeTheSameArguments() {
    var problems = new ArrayList<String>();
    for (var module : modules()) {
      var en = bundle(module, "en");
      for (var language : List.of("ru", "kk")) {
        var other = bundle(module, language);
        for (var key : en.stringPropertyNames()) {
          var text = other.getProperty(key);
          if (text != null && !arguments(text).equals(arguments(en.getProperty(key)))) {
            problems.add(module + "_" + language + " " + key + " takes other arguments than en");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void russianAndKazakhAreTranslated() {
    var problems = new ArrayList<String>();
    for (var module : modules()) {
      var en = bundle(module, "en");
      for (var language : List.of("ru", "kk")) {
        var other = bundle(module, language);
        for (var key : new TreeSet<>(en.stringPropertyNames())) {
          var text = other.getProperty(key);
          if (text != null && untranslated(en.getProperty(key), text)) {
            problems.add(module + "_" + language + " " + key + "=" + text);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** What is wrong with one message in one language. */
  static List<String> problems(String language, String where, String text) {
    var problems = new ArrayList<String>();
    MessagePattern pattern;
    try {
      pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(text);
    } catch (IllegalArgumentException e) {
      return List.of(where + " does not parse: " + e.getMessage());
    }
    if (pattern.countParts() > 2 && text.indexOf('\'') >= 0) {
      problems.add(where + " has an apostrophe in a message with arguments (write ’)");
    }
    var needed =
        new TreeSet<>(PluralRules.forLocale(ULocale.forLanguageTag(language)).getKeywords());
    var optional = OPTIONAL_CATEGORIES.getOrDefault(language, Set.of());
    for (int i = 0; i < pattern.countParts(); i++) {
      var part = pattern.getPart(i);
      if (part.getType() != MessagePattern.Part.Type.ARG_START
          || part.getArgType() != MessagePattern.ArgType.PLURAL) {
        continue;
      }
      var written = selectors(pattern, i);
      for (var category : needed) {
        if (!written.contains(category) && !optional.contains(category)) {
          problems.add(where + " has no plural form '" + category + "'");
        }
      }
      for (var selector : written) {
        if (!selector.startsWith("=") && !needed.contains(selector)) {
          problems.add(where + " has plural form '" + selector + "' that " + language + " lacks");
        }
      }
    }
    return problems;
  }

  /** The selectors ("one", "few", "=0") of the plural argument starting at part {@code start}. */
  static Set<String> selectors(MessagePattern pattern, int start) {
    var found = new TreeSet<String>();
    var limit = pattern.getLimitPartIndex(start);
    for (int j = start + 1; j < limit; j++) {
      var part = pattern.getPart(j);
      if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
        found.add(pattern.getSubstring(part));
      } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
        j = pattern.getLimitPartIndex(j);
      }
    }
    return found;
  }

  /** The arguments a message uses, by number or name. */
  static Set<String> arguments(String text) {
    var found = new TreeSet<String>();
    try {
      var pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(text);
      for (int i = 0; i < pattern.countParts(); i++) {
        var part = pattern.getPart(i);
        if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER
            || part.getType() == MessagePattern.Part.Type.ARG_NAME) {
          found.add(pattern.getSubstring(part));
        }
      }
    } catch (IllegalArgumentException e) {
      found.add("unparsable");
    }
    return found;
  }

  private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  /**
   * Left in English: the same as the English text, or English words with no Cyrillic at all, unless
   * the text is only names and codes that every language writes alike.
   */
  static boolean untranslated(String english, String text) {
    var words = LATIN_WORD.matcher(withoutArguments(text)).results().map(r -> r.group()).toList();
    var unnamed = words.stream().filter(w -> !SAME_IN_EVERY_LANGUAGE.contains(w)).toList();
    if (unnamed.isEmpty()) {
      return false;
    }
    return text.strip().equals(english.strip()) || !CYRILLIC.matcher(text).find();
  }

  /** The text a reader sees, without argument names and plural keywords. */
  private static String withoutArguments(String text) {
    return text.replaceAll("\\{\\s*\\d+\\s*,\\s*(plural|select|number|date|time)\\s*,", "{")
        .replaceAll("\\b(one|few|many|other|zero|two)\\s*\\{", "{")
        .replaceAll("\\{\\s*\\d+\\s*}", " ");
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    var out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  /** The bundles the application reads, from {@code spring.messages.basename}. */
  static List<String> modules() {
    var application = load("/application.properties");
    return Arrays.stream(application.getProperty("spring.messages.basename").split(","))
        .map(String::strip)
        .toList();
  }

  static Properties bundle(String module, String language) {
    return load("/" + module + ("en".equals(language) ? "" : "_" + language) + ".properties");
  }

  private static Properties load(String resource) {
    var properties = new Properties();
    try (var in = AllMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static final List<String> BUNDLE_FILES = bundleFiles();

  private static List<String> bundleFiles() {
    try {
      var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
      return Arrays.stream(resolver.getResources("classpath:i18n/*.properties"))
          .map(r -> r.getFilename())
          .filter(n -> n != null && !n.matches(".*_(ru|kk)\\.properties"))
          .map(n -> "i18n/" + n.replace(".properties", ""))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
