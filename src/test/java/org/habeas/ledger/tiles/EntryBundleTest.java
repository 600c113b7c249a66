package org.habeas.ledger.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.habeas.ledger.merkle.MerkleHash;
import org.junit.jupiter.api.Test;

class EntryBundleTest {

  private final List<byte[]> entries = List.of(new byte[] {0x61}, new byte[0], new byte[300]);

  @Test
  void prefixesEachEntryWithItsBigEndianLength() {
    byte[] bundle = EntryBundle.encode(entries);

    assertThat(HexFormat.of().formatHex(bundle, 0, 7)).isEqualTo("000161" + "0000" + "012c");
    assertThat(bundle).hasSize(2 + 1 + 2 + 2 + 300);
  }

  @Test
  void decodesWhatItEncodes() {
    assertThat(EntryBundle.decode(EntryBundle.encode(entries))).containsExactlyElementsOf(entries);
  }

  @Test
  void hashesEntriesIntoTheLevelZeroTile() {
    byte[] hashes = EntryBundle.leafHashes(EntryBundle.encode(entries));

    assertThat(HexFormat.of().formatHex(hashes, 32, 64))
        .isEqualTo(HexFormat.of().formatHex(MerkleHash.leafHash(new byte[0])));
    assertThat(hashes).hasSize(3 * 32);
  }

  @Test
  void rejectsTruncatedBundles() {
    byte[] bundle = EntryBundle.encode(entries);

    assertThatThrownBy(() -> EntryBundle.decode(java.util.Arrays.copyOf(bundle, bundle.length - 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EntryBundle.decode(new byte[] {0x00}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesEntriesLongerThanAUint16() {
    assertThatThrownBy(() -> EntryBundle.encode(List.of(new byte[65_536])))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
