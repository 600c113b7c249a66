package org.habeas.overview;

import java.util.List;

/**
 * One number of the overview and the list it opens.
 *
 * @param id a stable identifier (the page's element id, the tests' handle)
 * @param label the message code of what is counted (a heading: the number stands beside it)
 * @param count how many
 * @param link the list, filtered to what is counted
 * @param order where it stands on the page, smallest first
 * @param parts the count broken down (by facility), each with its own filtered list; may be empty
 */
public record OverviewFigure(
    String id, String label, long count, String link, int order, List<Part> parts) {

  /** One line of a breakdown: a name as data (a facility's), not a message code. */
  public record Part(String name, long count, String link) {}

  public OverviewFigure {
    parts = List.copyOf(parts);
  }
}
