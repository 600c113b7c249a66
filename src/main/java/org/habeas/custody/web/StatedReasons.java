package org.habeas.custody.web;

import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reasons a monitor stated in this session to see the person on a record, per record: kept for
 * the session, so that the record's pages (the record, its form, its print, its photographs) show
 * the person without asking again.
 */
final class StatedReasons {

  private static final String KEY = StatedReasons.class.getName();

  private StatedReasons() {}

  /** Keeps the reason for the record for the rest of the session. */
  static void keep(HttpSession session, String recordId, String reason) {
    reasons(session).put(recordId, reason);
  }

  /** The reason stated for the record in this session, or null. */
  static @Nullable String of(HttpSession session, String recordId) {
    return reasons(session).get(recordId);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> reasons(HttpSession session) {
    var map = (Map<String, String>) session.getAttribute(KEY);
    if (map == null) {
      map = new HashMap<>();
      session.setAttribute(KEY, map);
    }
    return map;
  }
}
