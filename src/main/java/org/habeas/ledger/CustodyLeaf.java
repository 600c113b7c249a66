package org.habeas.ledger;

import java.util.Arrays;
import java.util.List;
import org.habeas.ledger.merkle.MerkleHash;
import org.jspecify.annotations.Nullable;

/**
 * A published log entry (docs/design/ledger-research.md §7.2, "CustodyLeaf v1"): a fixed big-endian
 * binary layout, so there is no canonicalisation risk in the hashed bytes, carrying a commitment
 * and no personal data.
 *
 * <pre>
 * uint8 version = 0x01; uint8 kind; uint64 logged_at_ms; opaque commitment[32];
 * kind 0x02 only: uint16 n_refs; uint64 refs[n_refs]
 * </pre>
 *
 * <p>{@code logged_at_ms} is the operator's own claim of when the entry was queued; the witnesses'
 * cosignature times are the anchor that can be trusted.
 */
public sealed interface CustodyLeaf {

  /** The format version this code writes and reads. */
  byte VERSION = 0x01;

  /** Returns the kind byte: 0x01 event, 0x02 erasure notice, 0x03 log administration. */
  byte kind();

  /** Returns when the operator says the entry was queued, in milliseconds since the epoch. */
  long loggedAtMs();

  /** Returns a copy of the 32-byte commitment. */
  byte[] commitment();

  /** Returns the leaf's bytes, the entry that is logged. */
  default byte[] encode() {
    return CustodyLeafCodec.encode(this);
  }

  /** Returns the RFC 6962 leaf hash of the encoded leaf. */
  default byte[] leafHash() {
    return MerkleHash.leafHash(encode());
  }

  /** Decodes a leaf, rejecting unknown versions and kinds and any missing or extra byte. */
  static CustodyLeaf decode(byte[] leaf) {
    return CustodyLeafCodec.decode(leaf);
  }

  private static byte[] checked(long loggedAtMs, byte[] commitment) {
    if (loggedAtMs < 0 || commitment.length != LeafCommitments.LENGTH) {
      throw new IllegalArgumentException("leaf needs a time ≥ 0 and a 32-byte commitment");
    }
    return commitment.clone();
  }

  /** Kind 0x01: the commitment to one custody event. */
  record EventCommitment(long loggedAtMs, byte[] commitment) implements CustodyLeaf {
    /** Checks the time and the commitment's length. */
    public EventCommitment {
      commitment = checked(loggedAtMs, commitment);
    }

    @Override
    public byte kind() {
      return 0x01;
    }

    @Override
    public byte[] commitment() {
      return commitment.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof EventCommitment that && Arrays.equals(encode(), that.encode());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(encode());
    }
  }

  /**
   * Kind 0x02: the notice that the openings of the leaves at {@code refs} were lawfully destroyed;
   * the commitment covers the erasure decision.
   */
  record ErasureNotice(long loggedAtMs, byte[] commitment, List<Long> refs) implements CustodyLeaf {
    /**
     * Checks the time, the commitment, and that the references are leaf indices (at most 65535).
     */
    public ErasureNotice {
      commitment = checked(loggedAtMs, commitment);
      refs = List.copyOf(refs);
      if (refs.size() > 0xFFFF || refs.stream().anyMatch(ref -> ref < 0)) {
        throw new IllegalArgumentException("erasure notice refs must be ≤ 65535 leaf indices");
      }
    }

    @Override
    public byte kind() {
      return 0x02;
    }

    @Override
    public byte[] commitment() {
      return commitment.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof ErasureNotice that && Arrays.equals(encode(), that.encode());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(encode());
    }
  }

  /** Kind 0x03: log administration, such as a key roll or a policy change. */
  record LogAdministration(long loggedAtMs, byte[] commitment) implements CustodyLeaf {
    /** Checks the time and the commitment's length. */
    public LogAdministration {
      commitment = checked(loggedAtMs, commitment);
    }

    @Override
    public byte kind() {
      return 0x03;
    }

    @Override
    public byte[] commitment() {
      return commitment.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof LogAdministration that && Arrays.equals(encode(), that.encode());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(encode());
    }
  }
}
