package org.habeas.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.note.StrictBase64;
import org.habeas.ledger.store.PublishedLog;
import org.habeas.ledger.tiles.Tile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The published log at {@code /ledger}: what monitors and witnesses fetch, with the caching C2SP
 * tlog-tiles asks for (the checkpoint changes, so a few seconds; full tiles never do, so a year).
 */
@RestController
@RequestMapping("/ledger")
@Tag(name = "Ledger", description = "The tamper-evident log, as C2SP tlog-tiles serves it")
class LedgerApi {

  static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=utf-8");
  private static final CacheControl FEW_SECONDS = CacheControl.maxAge(Duration.ofSeconds(2));
  private static final CacheControl IMMUTABLE =
      CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
  // A partial tile's bytes never change either, but it only exists while the tile is partial
  // (tlog-tiles lets logs drop it once full), so caches keep it briefly.
  private static final CacheControl PARTIAL =
      CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

  private final PublishedLog log;
  private final MerkleLog ledger;

  LedgerApi(PublishedLog log, MerkleLog ledger) {
    this.log = log;
    this.ledger = ledger;
  }

  @GetMapping("/checkpoint")
  @Operation(summary = "The latest signed checkpoint (C2SP tlog-checkpoint)")
  ResponseEntity<String> checkpoint() {
    return log.checkpoint()
        .map(note -> ResponseEntity.ok().contentType(TEXT).cacheControl(FEW_SECONDS).body(note))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @GetMapping("/vkey")
  @Operation(summary = "The log's public key, one line of signed-note vkey text")
  ResponseEntity<String> verifierKey() {
    return ResponseEntity.ok()
        .contentType(TEXT)
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(ledger.verifierKey() + "\n");
  }

  @GetMapping("/tile/{*path}")
  @Operation(summary = "A tile, tile/<L>/<N>[.p/<W>], or an entry bundle, tile/entries/<N>[.p/<W>]")
  ResponseEntity<byte[]> tile(@PathVariable String path) {
    String tilePath = "tile" + path;
    boolean entries = path.startsWith("/entries/");
    Tile tile;
    try {
      tile = entries ? Tile.parseEntriesPath(tilePath) : Tile.parsePath(tilePath);
    } catch (IllegalArgumentException e) {
      return ResponseEntity.notFound().build();
    }
    Optional<byte[]> bytes = entries ? log.entries(tile) : log.tile(tile);
    return bytes
        .map(
            b ->
                ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_OCTET_STREAM)
                    .cacheControl(tile.isFull() ? IMMUTABLE : PARTIAL)
                    .body(b))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  /** An inclusion proof, hashes in base64, the leaf's sibling first. */
  record InclusionJson(long index, long size, List<String> hashes) {}

  /** A consistency proof, hashes in base64, in RFC 6962 order. */
  record ConsistencyJson(long from, long to, List<String> hashes) {}

  @GetMapping(path = "/proof/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The inclusion proof of leaf index in the tree of size leaves")
  ResponseEntity<InclusionJson> inclusion(@RequestParam long index, @RequestParam long size) {
    List<byte[]> proof = proof(() -> log.inclusion(index, size));
    return ResponseEntity.ok()
        .cacheControl(IMMUTABLE)
        .body(new InclusionJson(index, size, base64(proof)));
  }

  @GetMapping(path = "/proof/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The consistency proof from the tree of from leaves to that of to")
  ResponseEntity<ConsistencyJson> consistency(@RequestParam long from, @RequestParam long to) {
    List<byte[]> proof = proof(() -> log.consistency(from, to));
    return ResponseEntity.ok()
        .cacheControl(IMMUTABLE)
        .body(new ConsistencyJson(from, to, base64(proof)));
  }

  private static List<byte[]> proof(Supplier<List<byte[]>> proof) {
    try {
      return proof.get();
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private static List<String> base64(List<byte[]> hashes) {
    return hashes.stream().map(StrictBase64::encode).toList();
  }
}
