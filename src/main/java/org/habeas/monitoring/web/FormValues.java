package org.habeas.monitoring.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the user typed into a form, by field name, shown again with the errors after a refusal. */
final class FormValues {

  private FormValues() {}

  /** A map of names and values given in turn; fields left out of the request are left out. */
  static Map<String, String> of(@Nullable String... namesAndValues) {
    var out = new LinkedHashMap<String, String>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      var value = namesAndValues[i + 1];
      if (namesAndValues[i] != null && value != null) {
        out.put(namesAndValues[i], value);
      }
    }
    return out;
  }
}
