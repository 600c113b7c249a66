package org.habeas.statistics.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One figure on a dashboard or in the report: a chart and the same data as a table.
 *
 * @param id stable id (anchors, tests)
 * @param title the heading
 * @param svg the chart, or null when the figure is a table only
 * @param headers the table's column headings
 * @param rows the table's rows, as printed
 * @param note a line under the table (method, suppression), or null
 */
public record Panel(
    String id,
    String title,
    @Nullable String svg,
    List<String> headers,
    List<List<String>> rows,
    @Nullable String note) {

  public boolean hasRows() {
    return !rows.isEmpty();
  }
}
