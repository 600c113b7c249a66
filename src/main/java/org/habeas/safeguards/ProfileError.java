package org.habeas.safeguards;

import java.util.List;

/**
 * One thing wrong with a profile document, and where.
 *
 * @param line 1-based line of the document where it is
 * @param column 1-based column
 * @param path where in the document's structure, e.g. {@code rules[3].limit}
 * @param problem what is wrong
 * @param args the arguments of the problem's text, in order
 * @param message the problem in English, for logs and the API
 */
public record ProfileError(
    int line, int column, String path, ProfileProblem problem, List<String> args, String message) {

  @Override
  public String toString() {
    return "line " + line + ", column " + column + " (" + path + "): " + message;
  }
}
