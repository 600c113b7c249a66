package org.habeas.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page must never show a person: a message key that has no text ({@code ??nav.board_kk??}),
 * an enum's name ({@code UNDER_EXAMINATION}, {@code LAWYER}) or a code from the code ({@code
 * CellVisited}, {@code complainantRole}). Issue 15: "every enum and code shown as words". Pure, so
 * that the check itself is tested ({@code RawTextTest}).
 */
final class RawText {

  /** Thymeleaf's mark for a key with no message in the locale. */
  private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s]{1,120}\\?\\?");

  /** An enum constant of more than one word: {@code UNDER_EXAMINATION}. */
  private static final Pattern SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

  /** A one-word enum constant: {@code LAWYER}, {@code OPEN}. Judged against {@link #ENUMS}. */
  private static final Pattern CAPS = Pattern.compile("\\b[A-Z]{3,}\\b");

  /**
   * A Java name: {@code CellVisited}, {@code complainantRole}. Each word starts with a capital and
   * a small letter, so that a code in capitals and digits ({@code RUN-C5B908A0}) is not taken for
   * one.
   */
  private static final Pattern CAMEL =
      Pattern.compile("\\b(?:[a-z]+|[A-Z][a-z][a-z0-9]*)(?:[A-Z][a-z][a-z0-9]*)+\\b");

  /**
   * One-word names of the application's enums that are not also words people write in capitals
   * (IIN, CPT, PDF, HELP and the like are left out on purpose).
   */
  static final Set<String> ENUMS =
      Set.of(
          "CUSTODY",
          "OFFICER",
          "INVESTIGATOR",
          "DOCTOR",
          "PROSECUTOR",
          "LAWYER",
          "MONITOR",
          "TRAINER",
          "ADMIN",
          "OPEN",
          "CLOSED",
          "RELEASED",
          "HELD",
          "RECEIVED",
          "REFERRED",
          "DISMISSED",
          "ASSIGNED",
          "PENDING",
          "OVERDUE",
          "MET",
          "MISSED",
          "DUE",
          "WAIVED",
          "DELAYED",
          "PLANNED",
          "UNANNOUNCED",
          "DRAFT",
          "PUBLISHED",
          "IMPLEMENTED",
          "REJECTED",
          "PUBLIC",
          "STAFF",
          "DETAINEE",
          "RELATIVE",
          "TORTURE",
          "RED",
          "AMBER",
          "GREEN",
          "NONE",
          "LOW",
          "MEDIUM",
          "HIGH",
          "CRITICAL",
          "EMAIL",
          "PHONE",
          "POST",
          "WEBHOOK",
          "ACTIVE",
          "SENT",
          "FAILED",
          "ACKNOWLEDGED",
          "COMPLETED",
          "CANCELLED",
          "ONGOING",
          "MALE",
          "FEMALE");

  private RawText() {}

  /** What on the page is not words, each with a little of the text around it. */
  static List<String> findings(String text, Set<String> allowed) {
    var found = new ArrayList<String>();
    for (var p : List.of(MISSING_KEY, SNAKE, CAMEL)) {
      var m = p.matcher(text);
      while (m.find()) {
        if (!allowed.contains(m.group()) && !pseudonym(text, m.start(), m.end())) {
          found.add(around(text, m.start(), m.end()));
        }
      }
    }
    var caps = CAPS.matcher(text);
    while (caps.find()) {
      if (ENUMS.contains(caps.group()) && !allowed.contains(caps.group())) {
        found.add(around(text, caps.start(), caps.end()));
      }
    }
    return found;
  }

  /**
   * A record's pseudonym {@code D-B1B66A38} (its number as people say it): hexadecimal digits that
   * may look like a Java name by chance.
   */
  private static boolean pseudonym(String text, int start, int end) {
    return start >= 2
        && text.startsWith("D-", start - 2)
        && end - start == 8
        && text.substring(start, end).matches("[0-9A-F]{8}");
  }

  private static String around(String text, int start, int end) {
    var from = Math.max(0, start - 30);
    var to = Math.min(text.length(), end + 30);
    return "«"
        + text.substring(start, end)
        + "» in …"
        + text.substring(from, to).replace('\n', ' ')
        + "…";
  }
}
