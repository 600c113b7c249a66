package org.habeas.safeguards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The comments of a profile document: the header, the settings', and each rule's (those in its
 * block, and those just before it).
 */
record ProfileComments(
    List<String> header, List<String> settings, Map<String, List<String>> rules) {

  static final ProfileComments NONE = new ProfileComments(List.of(), List.of(), Map.of());

  List<String> rule(String id) {
    return rules.getOrDefault(id, List.of());
  }

  static ProfileComments of(String document) {
    var header = new ArrayList<String>();
    var settings = new ArrayList<String>();
    var rules = new LinkedHashMap<String, List<String>>();
    var pending = new ArrayList<String>();
    String section = "header";
    String rule = null;
    for (String raw : document.lines().toList()) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        String text = line.replaceFirst("^#+\\s?", "").strip();
        if (!text.isEmpty()) {
          (section.equals("header") ? header : pending).add(text);
        }
        continue;
      }
      boolean topLevel = !Character.isWhitespace(raw.charAt(0));
      if (topLevel) {
        String key = line.replaceFirst(":.*", "");
        if (!section.equals("header") || !pending.isEmpty()) {
          flush(section, rule, pending, settings, rules);
        }
        section = key.equals("settings") ? "settings" : key.equals("rules") ? "rules" : "other";
        rule = null;
        continue;
      }
      if (section.equals("rules") && line.startsWith("- id:")) {
        rule = line.substring("- id:".length()).strip().replace("\"", "").replace("'", "");
      }
      flush(section, rule, pending, settings, rules);
    }
    flush(section, rule, pending, settings, rules);
    return new ProfileComments(List.copyOf(header), List.copyOf(settings), rules);
  }

  private static void flush(
      String section,
      @Nullable String rule,
      List<String> pending,
      List<String> settings,
      Map<String, List<String>> rules) {
    if (pending.isEmpty()) {
      return;
    }
    switch (section) {
      case "settings" -> settings.addAll(pending);
      case "rules" -> {
        if (rule != null) {
          rules.computeIfAbsent(rule, k -> new ArrayList<>()).addAll(pending);
        }
      }
      default -> {}
    }
    pending.clear();
  }
}
