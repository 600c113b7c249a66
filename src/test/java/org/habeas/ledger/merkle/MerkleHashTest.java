package org.habeas.ledger.merkle;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers from transparency-dev/merkle (rfc6962_test.go and testonly/constants.go). */
class MerkleHashTest {

  static final HexFormat HEX = HexFormat.of();

  /** The eight leaf inputs of transparency-dev/merkle's testonly.LeafInputs. */
  static final List<byte[]> LEAF_INPUTS =
      List.of(
          HEX.parseHex(""),
          HEX.parseHex("00"),
          HEX.parseHex("10"),
          HEX.parseHex("2021"),
          HEX.parseHex("3031"),
          HEX.parseHex("40414243"),
          HEX.parseHex("5051525354555657"),
          HEX.parseHex("606162636465666768696a6b6c6d6e6f"));

  /** The roots of the trees of the first 0..8 leaf inputs. */
  static final List<String> ROOTS =
      List.of(
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  @Test
  void hashesEmptyTreeAsSha256OfNothing() {
    assertThat(HEX.formatHex(MerkleHash.emptyRoot())).isEqualTo(ROOTS.getFirst());
  }

  @Test
  void hashesLeafWithZeroPrefix() {
    assertThat(HEX.formatHex(MerkleHash.leafHash(new byte[0])))
        .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    assertThat(HEX.formatHex(MerkleHash.leafHash("L123456".getBytes(US_ASCII))))
        .isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
  }

  @Test
  void hashesNodeWithOnePrefix() {
    byte[] node = MerkleHash.nodeHash("N123".getBytes(US_ASCII), "N456".getBytes(US_ASCII));

    assertThat(HEX.formatHex(node))
        .isEqualTo("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb");
  }

  @Test
  void separatesLeavesFromNodes() {
    byte[] left = MerkleHash.leafHash("Hello".getBytes(US_ASCII));
    byte[] right = MerkleHash.leafHash("World".getBytes(US_ASCII));
    byte[] concatenated = new byte[64];
    System.arraycopy(left, 0, concatenated, 0, 32);
    System.arraycopy(right, 0, concatenated, 32, 32);

    assertThat(MerkleHash.nodeHash(left, right))
        .isNotEqualTo(MerkleHash.leafHash(concatenated))
        .isNotEqualTo(MerkleHash.nodeHash(right, left));
  }

  @Test
  void computesKnownRootsForEverySizeUpToEight() {
    for (int size = 0; size <= 8; size++) {
      assertThat(HEX.formatHex(MerkleHash.treeHash(LEAF_INPUTS.subList(0, size))))
          .as("root of size %d", size)
          .isEqualTo(ROOTS.get(size));
    }
  }

  @Test
  void rebuildsPerfectSubtreeFromConcatenatedHashes() {
    MerkleTree tree = MerkleTree.ofEntries(LEAF_INPUTS);
    byte[] level0 = new byte[8 * 32];
    for (int i = 0; i < 8; i++) {
      System.arraycopy(tree.leafHash(i), 0, level0, 32 * i, 32);
    }

    assertThat(MerkleHash.perfectSubtreeHash(level0, 0, 8)).isEqualTo(tree.rootHash());
    assertThat(MerkleHash.perfectSubtreeHash(level0, 4, 4)).isEqualTo(tree.subtreeHash(2, 1));
  }
}
