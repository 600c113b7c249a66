package org.habeas.ledger.tiles;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.habeas.ledger.merkle.MerkleHash;

/**
 * The C2SP entry bundle encoding: up to 256 log entries, each preceded by its length as a
 * big-endian uint16, served beside the level-0 tile whose hashes they are the leaves of.
 */
public final class EntryBundle {

  /** The largest entry a bundle can carry. */
  public static final int MAX_ENTRY_LENGTH = 0xFFFF;

  private EntryBundle() {}

  /** Encodes entries into a bundle. */
  public static byte[] encode(List<byte[]> entries) {
    if (entries.size() > Tile.FULL_WIDTH) {
      throw new IllegalArgumentException("a bundle holds at most 256 entries");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] entry : entries) {
      if (entry.length > MAX_ENTRY_LENGTH) {
        throw new IllegalArgumentException("entry of " + entry.length + " bytes exceeds uint16");
      }
      out.write(entry.length >>> 8);
      out.write(entry.length);
      out.writeBytes(entry);
    }
    return out.toByteArray();
  }

  /** Decodes a bundle into its entries, rejecting a truncated bundle or trailing bytes. */
  public static List<byte[]> decode(byte[] bundle) {
    ByteBuffer in = ByteBuffer.wrap(bundle);
    List<byte[]> entries = new ArrayList<>();
    while (in.hasRemaining()) {
      if (in.remaining() < 2) {
        throw new IllegalArgumentException("truncated length prefix in entry bundle");
      }
      int length = Short.toUnsignedInt(in.getShort());
      if (in.remaining() < length || entries.size() == Tile.FULL_WIDTH) {
        throw new IllegalArgumentException("malformed entry bundle");
      }
      byte[] entry = new byte[length];
      in.get(entry);
      entries.add(entry);
    }
    return entries;
  }

  /** Returns the level-0 tile contents the bundle's entries hash to. */
  public static byte[] leafHashes(byte[] bundle) {
    List<byte[]> entries = decode(bundle);
    byte[] hashes = new byte[entries.size() * MerkleHash.SIZE];
    for (int i = 0; i < entries.size(); i++) {
      System.arraycopy(MerkleHash.leafHash(entries.get(i)), 0, hashes, i * 32, 32);
    }
    return hashes;
  }
}
