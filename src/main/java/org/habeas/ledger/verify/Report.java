package org.habeas.ledger.verify;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What the verifier found, printed as it goes: one line per finding, tagged with what it means.
 *
 * <p>Tampering (a changed, deleted or inserted row, a rewritten tile, a rolled-back or forked tree)
 * and failed checks make the exit status 1; lawful erasures and events still on their way into the
 * log are reported and do not.
 */
final class Report {

  /** What a finding means. */
  enum Kind {
    OK,
    NOTE,
    ERASED,
    TAMPERED,
    FAILED
  }

  /** One finding. */
  record Finding(Kind kind, String text) {}

  private final PrintStream out;
  private final List<Finding> findings = new ArrayList<>();

  Report(PrintStream out) {
    this.out = out;
  }

  void ok(String text) {
    add(Kind.OK, text);
  }

  void note(String text) {
    add(Kind.NOTE, text);
  }

  void erased(String text) {
    add(Kind.ERASED, text);
  }

  void tampered(String text) {
    add(Kind.TAMPERED, text);
  }

  void failed(String text) {
    add(Kind.FAILED, text);
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  long count(Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind).count();
  }

  /** Tells whether nothing was tampered with and no check failed. */
  boolean clean() {
    return count(Kind.TAMPERED) == 0 && count(Kind.FAILED) == 0;
  }

  /** Prints the summary line and returns the exit status: 0 clean, 1 otherwise. */
  int finish() {
    if (clean()) {
      out.printf(
          "RESULT    clean: no tampering found (%d lawful erasures, %d notes)%n",
          count(Kind.ERASED), count(Kind.NOTE));
      return 0;
    }
    out.printf(
        "RESULT    NOT CLEAN: %d signs of tampering, %d failed checks%n",
        count(Kind.TAMPERED), count(Kind.FAILED));
    return 1;
  }

  private void add(Kind kind, String text) {
    findings.add(new Finding(kind, text));
    out.printf("%-9s %s%n", kind, text);
    out.flush();
  }
}
