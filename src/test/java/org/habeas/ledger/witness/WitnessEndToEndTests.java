package org.habeas.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.habeas.Application;
import org.habeas.IntegrationTest;
import org.habeas.ledger.CheckpointSigned;
import org.habeas.ledger.LedgerFixtures;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.note.CosignatureVerifier;
import org.habeas.ledger.note.Ed25519NoteSigner;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.store.Integrator;
import org.habeas.ledger.store.PublishedLog;
import org.habeas.ledger.store.WitnessCosignatures;
import org.habeas.ledger.witness.LogWitnesses.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A second Habeas instance, with its own database and port, witnesses this one: it cosigns this
 * log's checkpoints over HTTP as C2SP tlog-witness says, and this log serves them cosigned.
 */
@IntegrationTest
class WitnessEndToEndTests {

  private static final String WITNESS = "commission.example/witness";

  @TempDir static Path dir;
  private static ConfigurableApplicationContext other;

  @Autowired MerkleLog ledger;
  @Autowired Integrator integrator;
  @Autowired PublishedLog published;
  @Autowired WitnessCosignatures cosignatures;
  @Autowired DataSource dataSource;
  @Autowired MockMvc mvc;

  @Value("${spring.datasource.password:}")
  String password;

  private String witnessUrl;
  private String witnessKey;

  @BeforeEach
  void aSecondInstanceThatWitnessesThisLog() {
    if (other == null) {
      other =
          new SpringApplicationBuilder(Application.class)
              .run(
                  "--server.port=0",
                  "--spring.datasource.url=jdbc:h2:mem:witness;MODE=PostgreSQL"
                      + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                  "--spring.datasource.username=sa",
                  "--spring.datasource.password=",
                  "--habeas.demo.enabled=false",
                  "--habeas.ledger.integrate-every=0",
                  "--habeas.ledger.key-file=" + dir.resolve("other-log.key"),
                  "--habeas.ledger.witness.key-file=" + dir.resolve("witness.key"),
                  "--habeas.ledger.witness.name=" + WITNESS,
                  "--habeas.ledger.witness.logs[0].vkey=" + ledger.verifierKey());
    }
    witnessUrl =
        "http://localhost:"
            + other.getEnvironment().getRequiredProperty("local.server.port")
            + "/ledger/witness";
    witnessKey = other.getBean(Witness.class).verifierKey().orElseThrow().encoded();
  }

  @AfterAll
  static void stopTheSecondInstance() {
    if (other != null) {
      other.close();
    }
  }

  @Test
  void theOtherInstanceCosignsAndThisLogServesTheCheckpointCosigned() throws Exception {
    LedgerFixtures.recordWithCellVisits(mvc, 1);
    integrator.integrateNow();
    var client = client();

    assertThat(client.submitToAll(size(), note())).isEqualTo(1);

    var served = SignedNote.parse(body("/ledger/checkpoint"));
    assertThat(served.verify(List.of(CosignatureVerifier.parse(witnessKey)))).hasSize(1);
    assertThat(cosignatures.of(size())).singleElement().extracting("witness").isEqualTo(WITNESS);
    assertThat(witnessed()).isEqualTo(size());
    var monitoring =
        http("GET", witnessUrl + "/" + sha256Hex(ledger.origin()) + "/checkpoint", null);
    assertThat(monitoring.statusCode()).isEqualTo(200);
    assertThat(monitoring.body()).contains("— " + WITNESS + " ");
  }

  @Test
  void aLaterCheckpointIsCosignedWithAConsistencyProofAndAStaleClientCatchesUp() throws Exception {
    LedgerFixtures.recordWithCellVisits(mvc, 1);
    integrator.integrateNow();
    client().submitToAll(size(), note());
    long before = witnessed();
    LedgerFixtures.recordWithCellVisits(mvc, 2);
    integrator.integrateNow();

    assertThat(client().submitToAll(size(), note())).isEqualTo(1);
    assertThat(witnessed()).isGreaterThan(before).isEqualTo(size());
  }

  @Test
  void eachSignedCheckpointIsSubmittedOnTheClientsOwnThread() throws Exception {
    LedgerFixtures.recordWithCellVisits(mvc, 1);
    integrator.integrateNow();
    var client = client();

    client.on(new CheckpointSigned(size(), note()));

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (cosignatures.of(size()).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(cosignatures.of(size())).isNotEmpty();
    client.destroy();
  }

  @Test
  void answersWithTheStatusCodesOfTheSpec() throws Exception {
    LedgerFixtures.recordWithCellVisits(mvc, 1);
    integrator.integrateNow();
    client().submitToAll(size(), note());
    long known = witnessed();
    var checkpoint = Checkpoint.fromNote(SignedNote.parse(note()));

    var stale = http("POST", witnessUrl + "/add-checkpoint", "old 0\n\n" + note());
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.headers().firstValue("Content-Type")).hasValue("text/x.tlog.size");
    assertThat(stale.body()).isEqualTo(known + "\n");

    var stranger = Ed25519NoteSigner.fromSeed(checkpoint.origin(), new byte[32]);
    var forged = SignedNote.sign(checkpoint.body(), stranger).encoded();
    assertThat(http("POST", witnessUrl + "/add-checkpoint", "old 0\n\n" + forged).statusCode())
        .isEqualTo(403);

    var unknown = Ed25519NoteSigner.fromSeed("elsewhere.example/log", new byte[32]);
    var elsewhere =
        SignedNote.sign(Checkpoint.of("elsewhere.example/log", 1, new byte[32]).body(), unknown);
    assertThat(
            http("POST", witnessUrl + "/add-checkpoint", "old 0\n\n" + elsewhere.encoded())
                .statusCode())
        .isEqualTo(404);

    LedgerFixtures.recordWithCellVisits(mvc, 1);
    integrator.integrateNow();
    var badProof =
        "old "
            + known
            + "\n"
            + org.habeas.ledger.note.StrictBase64.encode(MerkleHash.emptyRoot())
            + "\n\n"
            + note();
    assertThat(http("POST", witnessUrl + "/add-checkpoint", badProof).statusCode()).isEqualTo(422);
    assertThat(witnessed()).isEqualTo(known);
  }

  private WitnessClient client() {
    return new WitnessClient(
        new LogWitnesses(List.of(new Endpoint(witnessUrl, witnessKey)), Duration.ofSeconds(5)),
        published,
        cosignatures);
  }

  private long size() {
    return published.latestCheckpoint().orElseThrow().treeSize();
  }

  private String note() {
    return published.checkpoint().orElseThrow();
  }

  private long witnessed() {
    return other.getBean(Witness.class).latest(ledger.origin()).orElseThrow().size();
  }

  private String body(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
  }

  private static HttpResponse<String> http(String method, String url, String body)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    try (var client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  private static String sha256Hex(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
