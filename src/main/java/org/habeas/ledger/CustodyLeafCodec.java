package org.habeas.ledger;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.habeas.ledger.CustodyLeaf.ErasureNotice;
import org.habeas.ledger.CustodyLeaf.EventCommitment;
import org.habeas.ledger.CustodyLeaf.LogAdministration;

/** Writes and reads the CustodyLeaf v1 binary layout, big-endian throughout. */
final class CustodyLeafCodec {

  private static final int FIXED_LENGTH = 1 + 1 + Long.BYTES + LeafCommitments.LENGTH;

  private CustodyLeafCodec() {}

  static byte[] encode(CustodyLeaf leaf) {
    List<Long> refs = leaf instanceof ErasureNotice notice ? notice.refs() : List.of();
    int refsLength = leaf instanceof ErasureNotice ? Short.BYTES + Long.BYTES * refs.size() : 0;
    ByteBuffer out = ByteBuffer.allocate(FIXED_LENGTH + refsLength);
    out.put(CustodyLeaf.VERSION).put(leaf.kind()).putLong(leaf.loggedAtMs()).put(leaf.commitment());
    if (leaf instanceof ErasureNotice) {
      out.putShort((short) refs.size());
      refs.forEach(out::putLong);
    }
    return out.array();
  }

  static CustodyLeaf decode(byte[] leaf) {
    ByteBuffer in = ByteBuffer.wrap(leaf);
    if (leaf.length < FIXED_LENGTH || in.get() != CustodyLeaf.VERSION) {
      throw new IllegalArgumentException("not a CustodyLeaf v1");
    }
    byte kind = in.get();
    long loggedAtMs = in.getLong();
    byte[] commitment = new byte[LeafCommitments.LENGTH];
    in.get(commitment);
    CustodyLeaf decoded =
        switch (kind) {
          case 0x01 -> new EventCommitment(loggedAtMs, commitment);
          case 0x02 -> new ErasureNotice(loggedAtMs, commitment, refs(in));
          case 0x03 -> new LogAdministration(loggedAtMs, commitment);
          default -> throw new IllegalArgumentException("unknown leaf kind " + kind);
        };
    if (in.hasRemaining()) {
      throw new IllegalArgumentException("trailing bytes after leaf");
    }
    return decoded;
  }

  private static List<Long> refs(ByteBuffer in) {
    if (in.remaining() < Short.BYTES) {
      throw new IllegalArgumentException("erasure notice without reference count");
    }
    int count = Short.toUnsignedInt(in.getShort());
    if (in.remaining() < Long.BYTES * count) {
      throw new IllegalArgumentException("erasure notice truncated");
    }
    Long[] refs = new Long[count];
    Arrays.setAll(refs, i -> in.getLong());
    return List.of(refs);
  }
}
