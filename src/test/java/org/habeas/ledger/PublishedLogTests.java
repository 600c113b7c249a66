package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.habeas.IntegrationTest;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleTree;
import org.habeas.ledger.merkle.ProofVerifier;
import org.habeas.ledger.note.Ed25519NoteVerifier;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.note.StrictBase64;
import org.habeas.ledger.store.Integrator;
import org.habeas.ledger.tiles.EntryBundle;
import org.habeas.ledger.tiles.Tile;
import org.habeas.ledger.tiles.TileData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The log as monitors fetch it, without signing in, equals the log computed from its entries. */
@IntegrationTest
class PublishedLogTests {

  private final Integrator integrator;
  private final JdbcClient jdbc;
  private final MockMvc mvc;

  @Autowired
  PublishedLogTests(Integrator integrator, JdbcClient jdbc, MockMvc mvc) {
    this.integrator = integrator;
    this.jdbc = jdbc;
    this.mvc = mvc;
  }

  @BeforeEach
  void atLeastOneFullTile() throws Exception {
    // The demo data usually gives more than 256 leaves already; make sure of a full tile and a
    // partial one beside it.
    while (leafCount() < 300) {
      LedgerFixtures.records(mvc, 5, 9);
      integrator.integrateNow();
    }
    LedgerFixtures.recordWithCellVisits(mvc, 2);
    integrator.integrateNow();
  }

  @Test
  void checkpointVerifiesWithThePublishedKey() throws Exception {
    var note = SignedNote.parse(body("/ledger/checkpoint"));
    var vkey = body("/ledger/vkey");

    var key = Ed25519NoteVerifier.parse(vkey.strip());
    assertThat(note.verify(List.of(key))).hasSize(1);
    var checkpoint = Checkpoint.fromNote(note);
    assertThat(checkpoint.origin()).isEqualTo(key.keyName());
    assertThat(checkpoint.size()).isEqualTo(leafCount());
    assertThat(checkpoint.rootHash()).isEqualTo(plainTree().rootHash());
    mvc.perform(get("/ledger/checkpoint"))
        .andExpect(content().contentType("text/plain;charset=UTF-8"))
        .andExpect(header().string("Cache-Control", "max-age=2"));
  }

  @Test
  void tilesAndBundlesEqualThoseOfThePlainTree() throws Exception {
    MerkleTree tree = plainTree();
    List<byte[]> entries = entries();
    int checked = 0;
    for (int level = 0; tree.size() >>> (8 * level) > 0; level++) {
      long hashes = tree.size() >>> (8 * level);
      for (long index = 0; index <= hashes / 256; index++) {
        if (index == hashes / 256 && hashes % 256 == 0) {
          break;
        }
        Tile tile = Tile.forSize(level, index, tree.size());
        assertThat(bytes("/ledger/" + tile.path()))
            .as(tile.path())
            .isEqualTo(TileData.of(tile, tree).hashes());
        if (level == 0) {
          int from = (int) index * 256;
          assertThat(bytes("/ledger/" + tile.entriesPath()))
              .as(tile.entriesPath())
              .isEqualTo(EntryBundle.encode(entries.subList(from, from + tile.width())));
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
  }

  @Test
  void tilesAreCachedAsTlogTilesSays() throws Exception {
    long size = leafCount();
    Tile full = Tile.full(0, 0);
    Tile partial = Tile.forSize(0, size / 256, size);
    Tile earlier = new Tile(0, size / 256, 1);

    mvc.perform(get("/ledger/" + full.path()))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/octet-stream"))
        .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
    mvc.perform(get("/ledger/" + partial.path()))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "max-age=60, public"));
    assertThat(bytes("/ledger/" + earlier.path())).hasSize(32);
    mvc.perform(get("/ledger/" + Tile.full(0, size / 256).path())).andExpect(status().isNotFound());
    mvc.perform(get("/ledger/tile/0/x000/000")).andExpect(status().isNotFound());
    mvc.perform(get("/ledger/" + Tile.full(3, 0).path())).andExpect(status().isNotFound());
  }

  @Test
  void proofsEqualThoseOfThePlainTree() throws Exception {
    MerkleTree tree = plainTree();
    long size = tree.size();
    long index = size / 3;

    var inclusion = hashes(body("/ledger/proof/inclusion?index=" + index + "&size=" + size));
    var consistency = hashes(body("/ledger/proof/consistency?from=" + (size - 7) + "&to=" + size));

    assertThat(
            ProofVerifier.verifyInclusion(
                index, size, tree.leafHash(index), inclusion, tree.rootHash(size)))
        .isTrue();
    assertThat(inclusion).containsExactlyElementsOf(tree.inclusionProof(index, size).path());
    assertThat(consistency).containsExactlyElementsOf(tree.consistencyProof(size - 7, size).path());
    mvc.perform(get("/ledger/proof/inclusion?index=0&size=" + (size + 1)))
        .andExpect(status().isBadRequest());
  }

  private MerkleTree plainTree() {
    return MerkleTree.ofEntries(entries());
  }

  private List<byte[]> entries() {
    return jdbc.sql("select leaf from ledger_leaf order by leaf_index")
        .query((rs, i) -> rs.getBytes(1))
        .list();
  }

  private long leafCount() {
    return jdbc.sql("select count(*) from ledger_leaf").query(Long.class).single();
  }

  private String body(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private byte[] bytes(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private static List<byte[]> hashes(String proofJson) {
    List<String> hashes = JsonPath.read(proofJson, "$.hashes");
    return hashes.stream().map(h -> StrictBase64.decode(h).orElseThrow()).toList();
  }
}
