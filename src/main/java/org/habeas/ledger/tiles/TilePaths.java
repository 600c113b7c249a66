package org.habeas.ledger.tiles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Encodes and parses tile paths; indices become 3-digit groups, all but the last x-prefixed. */
final class TilePaths {

  static final String ENTRIES = "tile/entries/";

  private static final Pattern TILE =
      Pattern.compile("tile/(\\d{1,2})/((?:x\\d{3}/)*\\d{3})(?:\\.p/(\\d{1,3}))?");
  private static final Pattern BUNDLE =
      Pattern.compile("tile/entries/((?:x\\d{3}/)*\\d{3})(?:\\.p/(\\d{1,3}))?");

  private TilePaths() {}

  static String suffix(long index, int width) {
    return encodeIndex(index) + (width == Tile.FULL_WIDTH ? "" : ".p/" + width);
  }

  static String encodeIndex(long index) {
    String digits = Long.toString(index);
    digits = "0".repeat((3 - digits.length() % 3) % 3) + digits;
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < digits.length(); i += 3) {
      if (i + 3 < digits.length()) {
        path.append('x').append(digits, i, i + 3).append('/');
      } else {
        path.append(digits, i, i + 3);
      }
    }
    return path.toString();
  }

  static Tile parse(String path, boolean entries) {
    Matcher m = (entries ? BUNDLE : TILE).matcher(path);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a tile path: " + path);
    }
    int group = entries ? 1 : 2;
    String digits = m.group(group).replace("x", "").replace("/", "");
    if (digits.length() > 21) { // 19 digits of Long.MAX_VALUE, padded to groups of 3
      throw new IllegalArgumentException("tile index too large: " + path);
    }
    try {
      int level = entries ? 0 : Integer.parseInt(m.group(1));
      String width = m.group(group + 1);
      Tile tile =
          new Tile(
              level,
              Long.parseLong(digits),
              width == null ? Tile.FULL_WIDTH : Integer.parseInt(width));
      // Re-encoding rejects leading zeros, "x000/" groups and a ".p/256" that names a full tile.
      String canonical = entries ? tile.entriesPath() : tile.path();
      if (!canonical.equals(path)) {
        throw new IllegalArgumentException("not a canonical tile path: " + path);
      }
      return tile;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("tile index too large: " + path, e);
    }
  }
}
