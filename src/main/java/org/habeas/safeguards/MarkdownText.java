package org.habeas.safeguards;

import java.util.Locale;

/** Text made safe for the generated Markdown pages. */
final class MarkdownText {

  private MarkdownText() {}

  /** GitHub's anchor of a heading that is a rule id. */
  static String anchor(String id) {
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }

  /** Text on one line, safe in Markdown. */
  static String inline(String s) {
    return s.replace("\r", "").replace('\n', ' ').replace("<", "&lt;").strip();
  }

  static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }
}
