package org.habeas.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs every inclusion and consistency vector of transparency-dev/merkle (Apache 2.0), shipped in a
 * copy in src/test/resources/merkle: each happy path must verify and every corrupted case must be
 * rejected.
 */
class MerkleProofVectorsTest {

  static final Path VECTORS = Path.of("src", "test", "resources", "merkle");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void findsAllNinetyEightVectorsOfEachKind() {
    assertThat(vectors("inclusion")).hasSize(98);
    assertThat(vectors("consistency")).hasSize(98);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inclusionVectors")
  void verifiesInclusionVectorExactlyWhenItIsValid(Path file) {
    JsonNode v = read(file);
    boolean verified =
        ProofVerifier.verifyInclusion(
            size(v, "leafIdx"),
            size(v, "treeSize"),
            bytes(v, "leafHash"),
            hashes(v.get("proof")),
            bytes(v, "root"));

    assertThat(verified).as(v.get("desc").asString()).isEqualTo(!v.get("wantErr").asBoolean());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consistencyVectors")
  void verifiesConsistencyVectorExactlyWhenItIsValid(Path file) {
    JsonNode v = read(file);
    boolean verified =
        ProofVerifier.verifyConsistency(
            size(v, "size1"),
            size(v, "size2"),
            bytes(v, "root1"),
            bytes(v, "root2"),
            hashes(v.get("proof")));

    assertThat(verified).as(v.get("desc").asString()).isEqualTo(!v.get("wantErr").asBoolean());
  }

  static Stream<Path> inclusionVectors() {
    return vectors("inclusion").stream();
  }

  static Stream<Path> consistencyVectors() {
    return vectors("consistency").stream();
  }

  static List<Path> vectors(String kind) {
    Path dir = VECTORS.resolve(kind);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "Merkle test vectors missing: expected " + dir.toAbsolutePath().normalize());
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // Sizes are uint64 in the vectors; those of 2^63 and above become negative, as in a signed API.
  private static long size(JsonNode v, String field) {
    return Long.parseUnsignedLong(v.get(field).asString());
  }

  private static byte[] bytes(JsonNode v, String field) {
    return Base64.getDecoder().decode(v.get(field).asString());
  }

  private static List<byte[]> hashes(JsonNode proof) {
    List<byte[]> hashes = new ArrayList<>();
    proof.forEach(node -> hashes.add(Base64.getDecoder().decode(node.asString())));
    return hashes;
  }
}
