package org.habeas.ledger.witness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.habeas.ledger.CheckpointSigned;
import org.habeas.ledger.note.CosignatureVerifier;
import org.habeas.ledger.note.NoteSignature;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.store.PublishedLog;
import org.habeas.ledger.store.WitnessCosignatures;
import org.habeas.ledger.witness.LogWitnesses.Endpoint;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;

/**
 * Submits each checkpoint the log signs to the configured witnesses (tlog-witness client), with a
 * consistency proof from the size each witness cosigned last, and keeps the cosignatures they
 * return.
 *
 * <p>It works on its own thread, after the checkpoint is stored, so a slow or absent witness never
 * holds up the integrator; when checkpoints come faster than witnesses answer, only the newest is
 * submitted. A refusal other than a stale size (a 409, answered once with a proof from the size the
 * witness names) is an alarm: the witness saw a checkpoint this log's history contradicts.
 */
public class WitnessClient implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(WitnessClient.class);

  /** One witness as the client knows it. */
  record Witness(Endpoint endpoint, CosignatureVerifier key) {}

  private final List<Witness> witnesses;
  private final PublishedLog published;
  private final WitnessCosignatures cosignatures;
  private final HttpClient http;
  private final Duration timeout;
  private final Map<String, Long> knownSizes = new ConcurrentHashMap<>();
  private final AtomicReference<@Nullable CheckpointSigned> next = new AtomicReference<>();
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          task -> Thread.ofPlatform().name("ledger-witness-client").daemon().unstarted(task));

  /** Creates the client for the configured witnesses. */
  public WitnessClient(
      LogWitnesses settings, PublishedLog published, WitnessCosignatures cosignatures) {
    this.witnesses =
        settings.witnesses().stream()
            .map(e -> new Witness(e, CosignatureVerifier.parse(e.vkey().strip())))
            .toList();
    this.published = published;
    this.cosignatures = cosignatures;
    this.timeout = settings.witnessTimeout();
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** Queues a newly signed checkpoint for the witnesses; returns at once. */
  @EventListener
  public void on(CheckpointSigned signed) {
    if (witnesses.isEmpty() || next.getAndSet(signed) != null) {
      return; // no witnesses, or a submission already queued will take the newest
    }
    executor.execute(
        () -> {
          CheckpointSigned newest = next.getAndSet(null);
          if (newest != null) {
            submitToAll(newest.treeSize(), newest.note());
          }
        });
  }

  /** Submits a checkpoint to every witness now, storing the cosignatures; returns how many. */
  public int submitToAll(long treeSize, String note) {
    int cosigned = 0;
    for (Witness witness : witnesses) {
      try {
        if (submit(witness, treeSize, note)) {
          cosigned++;
        }
      } catch (IOException | RuntimeException e) {
        log.warn("Ledger: witness {} not reached: {}", witness.endpoint().url(), e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return cosigned;
      }
    }
    return cosigned;
  }

  private boolean submit(Witness witness, long treeSize, String note)
      throws IOException, InterruptedException {
    String url = witness.endpoint().url().replaceAll("/+$", "") + "/add-checkpoint";
    long old = knownSizes.getOrDefault(url, 0L);
    for (int attempt = 0; attempt < 2; attempt++) {
      if (old > treeSize) {
        log.error(
            "Ledger: witness {} cosigned {} leaves, more than this log's {}: rolled back?",
            url,
            old,
            treeSize);
        return false;
      }
      List<byte[]> proof = published.consistency(old, treeSize);
      String body = new AddCheckpointRequest(old, proof, note).encode();
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(timeout)
                  .header("Content-Type", "text/plain; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        knownSizes.put(url, treeSize);
        return keep(witness, treeSize, note, response.body());
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() == 409 && type.startsWith("text/x.tlog.size")) {
        old = Long.parseLong(response.body().strip());
        knownSizes.put(url, old);
        continue;
      }
      log.error(
          "Ledger: witness {} refused checkpoint {} ({}): {}",
          url,
          treeSize,
          response.statusCode(),
          response.body().strip());
      return false;
    }
    return false;
  }

  private boolean keep(Witness witness, long treeSize, String note, String lines) {
    SignedNote answered = SignedNote.parse(note + lines);
    boolean kept = false;
    for (NoteSignature signature : answered.signatures()) {
      if (signature.isFrom(witness.key())
          && witness.key().verify(answered.textBytes(), signature.signature())) {
        cosignatures.add(treeSize, signature);
        kept = true;
      }
    }
    if (!kept) {
      log.error(
          "Ledger: witness {} answered without a valid cosignature", witness.endpoint().url());
    }
    return kept;
  }

  /** Returns the configured witnesses' keys, for the Verify page. */
  public List<String> witnessKeys() {
    return witnesses.stream().map(w -> w.key().verifierKey().encoded()).toList();
  }

  /** Returns the configured witnesses' submission URLs, for the Verify page. */
  public List<String> witnessUrls() {
    return witnesses.stream().map(w -> w.endpoint().url()).toList();
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
