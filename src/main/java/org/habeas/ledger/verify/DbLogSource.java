package org.habeas.ledger.verify;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.tiles.Tile;

/**
 * Reads the log straight from the application's database, as an inspector with access does: the
 * leaves, the tile segments, the recorded tree heads and every checkpoint the log signed.
 */
final class DbLogSource implements LogSource {

  private final Connection db;
  private final String url;

  DbLogSource(Connection db, String url) {
    this.db = db;
    this.url = url;
  }

  Connection connection() {
    return db;
  }

  @Override
  public String describe() {
    return "database " + url;
  }

  @Override
  public String checkpoint() {
    try (PreparedStatement latest =
        db.prepareStatement(
            "select tree_size, note from ledger_checkpoint order by tree_size desc"
                + " fetch first 1 rows only")) {
      ResultSet rs = latest.executeQuery();
      if (!rs.next()) {
        throw new IllegalStateException("the log has no checkpoint yet");
      }
      StringBuilder note = new StringBuilder(rs.getString(2));
      try (PreparedStatement cosignatures =
          db.prepareStatement(
              "select line from ledger_cosignature where tree_size = ? order by witness, key_id")) {
        cosignatures.setLong(1, rs.getLong(1));
        ResultSet lines = cosignatures.executeQuery();
        while (lines.next()) {
          note.append(lines.getString(1));
        }
      }
      return note.toString();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the checkpoint: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<byte[]> tile(Tile tile) {
    ByteArrayOutputStream hashes = new ByteArrayOutputStream();
    try (PreparedStatement segments =
        db.prepareStatement(
            "select start_at, hashes from ledger_tile where level = ? and tile_index = ?"
                + " order by start_at")) {
      segments.setInt(1, tile.level());
      segments.setLong(2, tile.index());
      ResultSet rs = segments.executeQuery();
      while (rs.next()) {
        if (rs.getInt(1) * MerkleHash.SIZE != hashes.size()) {
          break; // segments that do not join up: what joins is all the tile has
        }
        hashes.writeBytes(rs.getBytes(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + tile.path() + ": " + e.getMessage(), e);
    }
    return hashes.size() == 0 ? Optional.empty() : Optional.of(hashes.toByteArray());
  }

  @Override
  public List<Entry> entries(long from, long to) {
    List<Entry> entries = new ArrayList<>();
    try (PreparedStatement leaves =
        db.prepareStatement(
            "select leaf_index, leaf, record_id, seq from ledger_leaf"
                + " where leaf_index >= ? and leaf_index < ? order by leaf_index")) {
      leaves.setLong(1, from);
      leaves.setLong(2, to);
      ResultSet rs = leaves.executeQuery();
      while (rs.next()) {
        entries.add(
            new Entry(
                rs.getLong(1), rs.getBytes(2), rs.getString(3), rs.getObject(4, Integer.class)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the leaves: " + e.getMessage(), e);
    }
    return entries;
  }

  @Override
  public long leafCount(long checkpointSize) {
    try (PreparedStatement count =
        db.prepareStatement("select coalesce(max(leaf_index) + 1, 0) from ledger_leaf")) {
      ResultSet rs = count.executeQuery();
      rs.next();
      return Math.max(checkpointSize, rs.getLong(1));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the leaves: " + e.getMessage(), e);
    }
  }

  @Override
  public List<StoredHead> history() {
    List<StoredHead> heads = new ArrayList<>();
    try (PreparedStatement trees =
            db.prepareStatement("select tree_size, root_hash from ledger_tree order by tree_size");
        PreparedStatement checkpoints =
            db.prepareStatement(
                "select tree_size, root_hash, note from ledger_checkpoint order by tree_size")) {
      ResultSet rs = trees.executeQuery();
      while (rs.next()) {
        heads.add(new StoredHead(rs.getLong(1), rs.getBytes(2), null));
      }
      rs = checkpoints.executeQuery();
      while (rs.next()) {
        heads.add(new StoredHead(rs.getLong(1), rs.getBytes(2), rs.getString(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the tree heads: " + e.getMessage(), e);
    }
    return heads;
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      // Nothing was written; a failed close changes no finding.
    }
  }
}
