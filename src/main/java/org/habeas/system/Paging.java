package org.habeas.system;

/**
 * The slice of a list a request asks for, bounded in one place for every list (pages and API): the
 * page number from 0 to {@link #MAX_PAGE}, the size from 1 to {@link #MAX_SIZE}. Outside them the
 * request is refused with 400 naming the field, never clamped in silence, so a client learns its
 * mistake; within them the offset cannot overflow (it used to: {@code page=2147483647} made a
 * negative offset and a 500).
 *
 * @param page the page, from 0
 * @param size the rows on a page
 */
public record Paging(int page, int size) {

  /** The deepest page: with the largest size, two million rows; filters narrow a longer list. */
  public static final int MAX_PAGE = 10_000;

  /** The most rows on one page. */
  public static final int MAX_SIZE = 200;

  /**
   * Checks both bounds.
   *
   * @throws Problem 400 {@code field.Range} on {@code page} or {@code size}
   */
  public Paging {
    if (page < 0 || page > MAX_PAGE) {
      throw Problem.badField("page", "field.Range", 0, MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw Problem.badField("size", "field.Range", 1, MAX_SIZE);
    }
  }

  /** The page asked for, of that size (the request's or the page's own). */
  public static Paging of(int page, int size) {
    return new Paging(page, size);
  }

  /** The rows before this page. */
  public int offset() {
    return page * size;
  }
}
