package org.habeas.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.habeas.IntegrationTest;
import org.habeas.ledger.LedgerFixtures;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.store.Integrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/** The verifier passes on the live log, read from the database or from the public endpoints. */
@IntegrationTest
class VerifierTests {

  @Autowired MerkleLog ledger;
  @Autowired Integrator integrator;
  @Autowired DataSource dataSource;
  @Autowired MockMvc mvc;

  @Value("${spring.datasource.password:}")
  String password;

  @TempDir Path dir;

  @Test
  void passesOnTheLiveDatabaseAndThenRequiresConsistencyWithWhatItTrusted() throws Exception {
    LedgerFixtures.recordWithCellVisits(mvc, 2);
    integrator.integrateNow();
    Path trusted = dir.resolve("trusted");

    var first = onLiveDatabase(trusted);
    assertThat(first.status()).as(first.toString()).isZero();
    assertThat(first.output()).contains("trusted on first use", "RESULT    clean");
    assertThat(trusted).exists();

    LedgerFixtures.recordWithCellVisits(mvc, 1);
    integrator.integrateNow();
    var second = onLiveDatabase(trusted);
    assertThat(second.status()).as(second.toString()).isZero();
    assertThat(second.output()).contains("consistent with the trusted checkpoint");
  }

  @Test
  void passesOnThePublishedLogAsAMonitorReadsIt() throws Exception {
    LedgerFixtures.recordWithCellVisits(mvc, 1);
    integrator.integrateNow();
    Path trusted = dir.resolve("trusted");
    var options =
        VerifierOptions.parse(
            new String[] {
              "--vkey", ledger.verifierKey(), "--trusted", trusted.toString(), "--url", "http://x"
            });
    var source = new HttpLogSource("http://x/ledger", this::fetch);

    assertThat(run(options, source)).contains("RESULT    clean");
    LedgerFixtures.recordWithCellVisits(mvc, 1);
    integrator.integrateNow();
    assertThat(run(options, source))
        .contains("consistent with the trusted checkpoint", "RESULT    clean");
  }

  @Test
  void reportsALawfulErasureAsLawfulWithItsNoticeLeaf() throws Exception {
    var id = LedgerFixtures.closedRecord(mvc, 2);
    integrator.integrateNow();
    LedgerFixtures.erase(mvc, "admin", id, "Retention period ended (order 7/2026)");
    integrator.integrateNow();

    var run = onLiveDatabase(dir.resolve("trusted"));

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.output())
        .contains("ERASED    record " + id + ": 4 events")
        .contains(
            "basis \"Retention period ended (order 7/2026)\"; notice in leaf "
                + ledger.erasure(id).orElseThrow().noticeLeaf());
  }

  @Test
  void refusesACheckpointNotSignedByTheKeyItWasGiven() throws Exception {
    var impostor = org.habeas.ledger.note.Ed25519NoteSigner.fromSeed(ledger.origin(), new byte[32]);

    var run = onLiveDatabase(dir.resolve("trusted"), impostor.verifierKey().encoded());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.output()).contains("not signed by the log key");
  }

  @Test
  void explainsItsArgumentsWhenOneIsMissing() {
    var usage = VerifierRun.of("--vkey");
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.output()).contains("Usage: ./habeas verify");
  }

  private VerifierRun onLiveDatabase(Path trusted) throws Exception {
    return onLiveDatabase(trusted, ledger.verifierKey());
  }

  private VerifierRun onLiveDatabase(Path trusted, String vkey) throws Exception {
    try (var connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      return VerifierRun.onDatabase(vkey, trusted, meta.getURL(), meta.getUserName(), password);
    }
  }

  private String run(VerifierOptions options, LogSource source) throws Exception {
    var out = new ByteArrayOutputStream();
    int status =
        Verifier.verify(options, source, new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(text).isZero();
    return text;
  }

  private Optional<byte[]> fetch(String path) {
    try {
      var response = mvc.perform(get("/ledger/" + path)).andReturn().getResponse();
      return response.getStatus() == 404
          ? Optional.empty()
          : Optional.of(response.getContentAsByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
