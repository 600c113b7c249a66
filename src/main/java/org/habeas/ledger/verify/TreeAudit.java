package org.habeas.ledger.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.habeas.ledger.CustodyLeaf;
import org.habeas.ledger.CustodyLeaf.ErasureNotice;
import org.habeas.ledger.merkle.CompactRange;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.tiles.Tile;
import org.habeas.ledger.verify.LogSource.Entry;

/**
 * Recomputes the tree from its entries, leaf by leaf, and compares every tile the source holds and
 * every root it claims (the checkpoint's, the trusted one's, each recorded tree head) with what the
 * entries give.
 *
 * <p>It streams: one entry bundle at a time and one tile per level, so memory does not grow with
 * the log. A tile whose hashes differ was rewritten (or its entries were); a root that differs
 * means the tree is not the one that was signed.
 */
final class TreeAudit {

  /** A root the tree of {@code size} leaves must have, and what claims it. */
  record Claim(long size, byte[] rootHash, String claimedBy) {}

  private final LogSource source;
  private final Report report;
  private final byte[][][] levels = new byte[64][][];
  private final int[] counts = new int[64];
  private final long[] tileIndices = new long[64];
  private final CompactRange range = new CompactRange();
  private final List<Entry> chunk = new ArrayList<>();
  private int tilesChecked;
  private int tilesBad;
  private long eventLeaves;
  private long notices;

  private TreeAudit(LogSource source, Report report) {
    this.source = source;
    this.report = report;
  }

  /**
   * Recomputes the tree of {@code size} leaves and checks the claims; tells whether the entries,
   * tiles and claimed roots all agree.
   */
  static boolean run(LogSource source, long size, List<Claim> claims, Report report) {
    return new TreeAudit(source, report).audit(size, claims);
  }

  private boolean audit(long size, List<Claim> claims) {
    Map<Long, List<Claim>> bySize = new TreeMap<>();
    claims.stream()
        .filter(c -> c.size() > 0 && c.size() <= size)
        .forEach(c -> bySize.computeIfAbsent(c.size(), s -> new ArrayList<>()).add(c));
    boolean intact = true;
    for (long from = 0; from < size; from += Tile.FULL_WIDTH) {
      long to = Math.min(size, from + Tile.FULL_WIDTH);
      List<Entry> entries = source.entries(from, to);
      chunk.clear();
      chunk.addAll(entries);
      for (int i = 0; i < to - from; i++) {
        if (i >= entries.size() || entries.get(i).index() != from + i) {
          report.tampered(
              "leaf "
                  + (from + i)
                  + " is missing from the log (deleted?): the tree of "
                  + size
                  + " leaves cannot be recomputed beyond it");
          return false;
        }
        Entry entry = entries.get(i);
        count(entry);
        byte[] leafHash = MerkleHash.leafHash(entry.leaf());
        range.append(leafHash);
        for (Claim claim : bySize.getOrDefault(range.size(), List.of())) {
          intact &= check(claim, range.rootHash());
        }
        push(0, leafHash);
      }
    }
    for (int level = 0; level < levels.length; level++) {
      if (counts[level] > 0) {
        compare(new Tile(level, tileIndices[level], counts[level]));
      }
    }
    report.ok(
        size
            + " leaves recomputed from the entries ("
            + eventLeaves
            + " event commitments, "
            + notices
            + " erasure notices); "
            + tilesChecked
            + " tiles compared");
    return intact && tilesBad == 0;
  }

  private void count(Entry entry) {
    try {
      if (CustodyLeaf.decode(entry.leaf()) instanceof ErasureNotice) {
        notices++;
      } else {
        eventLeaves++;
      }
    } catch (IllegalArgumentException e) {
      report.tampered("leaf " + entry.index() + " is not a CustodyLeaf v1: " + e.getMessage());
    }
  }

  private boolean check(Claim claim, byte[] root) {
    if (MerkleHash.equal(claim.rootHash(), root)) {
      return true;
    }
    report.tampered(
        claim.claimedBy()
            + " (size "
            + claim.size()
            + ") does not match the tree recomputed from"
            + " the entries: the tree was rewritten, rolled back or forked");
    return false;
  }

  private void push(int level, byte[] hash) {
    if (levels[level] == null) {
      levels[level] = new byte[Tile.FULL_WIDTH][];
    }
    levels[level][counts[level]++] = hash;
    if (counts[level] < Tile.FULL_WIDTH) {
      return;
    }
    compare(Tile.full(level, tileIndices[level]));
    byte[] joined = new byte[Tile.FULL_WIDTH * MerkleHash.SIZE];
    for (int i = 0; i < Tile.FULL_WIDTH; i++) {
      System.arraycopy(levels[level][i], 0, joined, i * MerkleHash.SIZE, MerkleHash.SIZE);
    }
    counts[level] = 0;
    tileIndices[level]++;
    push(level + 1, MerkleHash.perfectSubtreeHash(joined, 0, Tile.FULL_WIDTH));
  }

  private void compare(Tile tile) {
    tilesChecked++;
    Optional<byte[]> stored = source.tile(tile);
    if (stored.isEmpty() || stored.get().length < tile.byteLength()) {
      tilesBad++;
      report.tampered(tile.path() + " is missing or short (deleted or truncated)");
      return;
    }
    List<Integer> differing = new ArrayList<>();
    for (int i = 0; i < tile.width(); i++) {
      byte[] expected = levels[tile.level()][i];
      int at = i * MerkleHash.SIZE;
      if (!MerkleHash.equal(expected, Arrays.copyOfRange(stored.get(), at, at + MerkleHash.SIZE))) {
        differing.add(i);
      }
    }
    if (!differing.isEmpty()) {
      tilesBad++;
      report.tampered(tile.path() + " was rewritten: " + describe(tile, differing));
    }
  }

  private String describe(Tile tile, List<Integer> differing) {
    long span = 1L << (Tile.HEIGHT * tile.level());
    StringBuilder text = new StringBuilder("hash");
    text.append(differing.size() == 1 ? " " : "es ");
    for (int k = 0; k < Math.min(differing.size(), 5); k++) {
      int i = differing.get(k);
      long first = (tile.index() * Tile.FULL_WIDTH + i) * span;
      text.append(k == 0 ? "" : ", ").append(i);
      if (tile.level() == 0) {
        text.append(" (leaf ").append(first).append(eventOf(first)).append(')');
      } else {
        text.append(" (leaves ").append(first).append('-').append(first + span - 1).append(')');
      }
    }
    if (differing.size() > 5) {
      text.append(" and ").append(differing.size() - 5).append(" more");
    }
    return text.append(differing.size() == 1 ? " differs" : " differ")
        .append(" from what the entries give")
        .toString();
  }

  private String eventOf(long index) {
    return chunk.stream()
        .filter(e -> e.index() == index && e.recordId() != null)
        .findFirst()
        .map(
            e ->
                ", record "
                    + e.recordId()
                    + (e.seq() == null ? " erasure notice" : " seq " + e.seq()))
        .orElse("");
  }
}
