package org.habeas.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.habeas.IntegrationTest;
import org.habeas.ledger.CustodyLeaf.EventCommitment;
import org.habeas.ledger.LedgerFixtures;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.PayloadCipher;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.note.Ed25519NoteSigner;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.store.Integrator;
import org.habeas.ledger.tiles.Tile;
import org.habeas.ledger.tiles.TileData;
import org.habeas.ledger.tiles.TileUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A database administrator changes the history behind the application's back, bypassing the
 * append-only triggers, on a copy of the test database; the verifier, holding the checkpoint it
 * trusted before, catches each change and names the record and event or the tile.
 */
@IntegrationTest
class TamperTests {

  @Autowired MerkleLog ledger;
  @Autowired Integrator integrator;
  @Autowired DataSource dataSource;
  @Autowired MockMvc mvc;

  @Value("${spring.datasource.password:}")
  String password;

  @Value("${habeas.ledger.key-file}")
  Path keyFile;

  @TempDir Path dir;

  private String record;
  private DatabaseCopy copy;

  @BeforeEach
  void aVerifiedCopyOfTheLog() throws Exception {
    record = LedgerFixtures.recordWithCellVisits(mvc, 3);
    integrator.integrateNow();
    copy = DatabaseCopy.of(dataSource, password);
    var clean = verify();
    assertThat(clean.status()).as(clean.toString()).isZero();
  }

  @AfterEach
  void dropTheCopy() throws Exception {
    copy.close();
  }

  @Test
  void catchesAnUpdatedEventRowEvenIfResealedWithTheRecordKey() throws Exception {
    copy.asDba(
        "custody_event",
        "update custody_event set occurred_at = occurred_at - interval '2' hour"
            + " where record_id = ? and seq = 2",
        record);
    byte[] key =
        copy.query(
            byte[].class, "select record_key from ledger_record_key where record_id = ?", record);
    String sealed =
        copy.query(
            String.class,
            "select payload from custody_event where record_id = ? and seq = 3",
            record);
    String json = PayloadCipher.open(key, record, 3, sealed).replace("Sgt. Omarov", "Nobody");
    copy.asDba(
        "custody_event",
        "update custody_event set payload = ? where record_id = ? and seq = 3",
        PayloadCipher.seal(key, record, 3, json, new java.security.SecureRandom()),
        record);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("record " + record + " seq 2: event row changed after it was logged")
        .contains("occurred_at")
        .contains("record " + record + " seq 3: event row changed after it was logged")
        .contains("fields [by] differ");
  }

  @Test
  void catchesAChangedComplaintEntry() throws Exception {
    var lodged =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/complaints")
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(
                        "{\"complainantRole\":\"ANONYMOUS\",\"contactPreference\":\"NONE\","
                            + "\"narrative\":\"beaten in the yard\",\"stillHeld\":false}"))
            .andReturn()
            .getResponse();
    assertThat(lodged.getStatus()).isEqualTo(201);
    String reference =
        com.jayway.jsonpath.JsonPath.read(lodged.getContentAsString(), "$.reference");
    integrator.integrateNow();
    copy.close();
    copy = DatabaseCopy.of(dataSource, password);
    String complaint =
        copy.query(String.class, "select id from complaint where reference = ?", reference);
    assertThat(verify().status()).isZero();
    copy.asDba(
        "complaint_entry",
        "update complaint_entry set actor = 'nobody' where complaint_id = ? and seq = 1",
        complaint);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("record " + complaint + " seq 1: event row changed after it was logged")
        .contains("recorded_by nobody was public");
  }

  @Test
  void catchesADeletedEventRow() throws Exception {
    copy.asDba(
        "custody_event", "delete from custody_event where record_id = ? and seq = 4", record);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output()).contains("record " + record + " seq 4: event row deleted");
  }

  @Test
  void catchesARewrittenTile() throws Exception {
    byte[] hashes =
        copy.query(
            byte[].class,
            "select hashes from ledger_tile where level = 0 and tile_index = 0 and start_at = 0");
    hashes[0] ^= 1;
    copy.asDba(
        "ledger_tile",
        "update ledger_tile set hashes = ? where level = 0 and tile_index = 0 and start_at = 0",
        hashes);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output()).contains("tile/0/000", "was rewritten: hash 0 (leaf 0");
  }

  @Test
  void catchesATreeRolledBackToAnEarlierCheckpoint() throws Exception {
    long earlier = rollBack();

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("the log was rolled back: its checkpoint has " + earlier + " leaves");
  }

  @Test
  void catchesAForkSignedWithTheStolenLogKey() throws Exception {
    long trustedSize = latestCheckpointSize();
    long earlier = rollBack();
    forkFrom(earlier, trustedSize - earlier + 1);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("the trusted checkpoint (size " + trustedSize + ") does not match")
        .contains("no valid consistency proof from the trusted checkpoint");
  }

  @Test
  void catchesAKeyAndOpeningsDeletedWithoutAnErasureNotice() throws Exception {
    copy.asDba(
        List.of("ledger_record_key", "ledger_opening"),
        db -> {
          for (String table : List.of("ledger_record_key", "ledger_opening")) {
            try (var p = db.prepareStatement("delete from " + table + " where record_id = ?")) {
              p.setString(1, record);
              p.executeUpdate();
            }
          }
        });

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("record " + record + ": its key was deleted without an erasure notice");
  }

  private VerifierRun verify() {
    return VerifierRun.onDatabase(
        ledger.verifierKey(), dir.resolve("trusted"), copy.url(), copy.user(), copy.password());
  }

  private long latestCheckpointSize() throws Exception {
    return copy.query(Long.class, "select max(tree_size) from ledger_checkpoint");
  }

  /**
   * Deletes everything logged after the last checkpoint but one, custody events included, as a
   * database administrator hiding recent events would; returns that earlier checkpoint's size.
   */
  private long rollBack() throws Exception {
    long earlier =
        copy.query(
            Long.class,
            "select max(tree_size) from ledger_checkpoint where tree_size < ?",
            latestCheckpointSize());
    List<String> tables =
        List.of(
            "custody_event",
            "ledger_opening",
            "ledger_commitment",
            "ledger_leaf",
            "ledger_tile",
            "ledger_tree",
            "ledger_checkpoint");
    copy.asDba(
        tables,
        db -> {
          try (var s = db.createStatement()) {
            String later =
                " where exists (select 1 from ledger_leaf l where l.leaf_index >= "
                    + earlier
                    + " and l.record_id = t.record_id and l.seq = t.seq)";
            for (String table : List.of("custody_event", "ledger_opening", "ledger_commitment")) {
              s.executeUpdate("delete from " + table + " t" + later);
            }
            s.executeUpdate("delete from ledger_leaf where leaf_index >= " + earlier);
            s.executeUpdate("delete from ledger_tree where tree_size > " + earlier);
            s.executeUpdate("delete from ledger_checkpoint where tree_size > " + earlier);
            for (int level = 0; level < 8; level++) {
              long hashes = earlier >>> (8 * level);
              s.executeUpdate(
                  "delete from ledger_tile where level = "
                      + level
                      + " and (tile_index > "
                      + (hashes >>> 8)
                      + " or (tile_index = "
                      + (hashes >>> 8)
                      + " and start_at >= "
                      + (hashes & 255)
                      + "))");
            }
          }
        });
    return earlier;
  }

  /** Appends {@code count} made-up leaves to the tree of {@code size} and signs it with the key. */
  private void forkFrom(long size, long count) throws Exception {
    var signer = Ed25519NoteSigner.fromPrivateKeyText(Files.readString(keyFile).strip());
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leaves.add(new EventCommitment(1, MerkleHash.leafHash(new byte[] {(byte) i})).encode());
    }
    var db = java.sql.DriverManager.getConnection(copy.url(), copy.user(), copy.password());
    var reader = new DbLogSource(db, copy.url());
    var update =
        TileUpdate.append(
            size,
            tile -> reader.tile(tile).orElseThrow(),
            leaves.stream().map(MerkleHash::leafHash).toList());
    try (var s = db.createStatement()) {
      for (int i = 0; i < leaves.size(); i++) {
        try (var p =
            db.prepareStatement("insert into ledger_leaf (leaf_index, leaf) values (?, ?)")) {
          p.setLong(1, size + i);
          p.setBytes(2, leaves.get(i));
          p.executeUpdate();
        }
      }
      for (TileData data : update.tiles()) {
        Tile tile = data.tile();
        long hashes = size >>> (8 * tile.level());
        int had =
            tile.index() < hashes >>> 8
                ? 256
                : tile.index() == hashes >>> 8 ? (int) (hashes & 255) : 0;
        try (var p =
            db.prepareStatement(
                "insert into ledger_tile (level, tile_index, start_at, hashes) values (?, ?, ?, ?)")) {
          p.setInt(1, tile.level());
          p.setLong(2, tile.index());
          p.setInt(3, had);
          p.setBytes(
              4, java.util.Arrays.copyOfRange(data.hashes(), had * 32, data.hashes().length));
          p.executeUpdate();
        }
      }
      var checkpoint = Checkpoint.of(signer.keyName(), update.treeSize(), update.rootHash());
      try (var p =
          db.prepareStatement(
              "insert into ledger_checkpoint (tree_size, root_hash, note, signed_at)"
                  + " values (?, ?, ?, current_timestamp)")) {
        p.setLong(1, update.treeSize());
        p.setBytes(2, update.rootHash());
        p.setString(3, SignedNote.sign(checkpoint.body(), signer).encoded());
        p.executeUpdate();
      }
    } finally {
      db.close();
    }
  }
}
