package org.habeas.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.habeas.ledger.witness.Witness;
import org.habeas.ledger.witness.Witness.Answer;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * This instance as a C2SP tlog-witness at {@code /ledger/witness}: {@code add-checkpoint} for the
 * logs it is configured to witness, and the latest checkpoint it cosigned for each, at {@code <hex
 * SHA-256 of the origin>/checkpoint}. No sign-in: the log's signature is the authentication.
 */
@RestController
@RequestMapping("/ledger/witness")
@Tag(name = "Ledger", description = "The tamper-evident log, as C2SP tlog-tiles serves it")
class WitnessApi {

  static final MediaType SIZE = MediaType.parseMediaType("text/x.tlog.size");

  private final Witness witness;

  WitnessApi(Witness witness) {
    this.witness = witness;
  }

  @PostMapping("/add-checkpoint")
  @Operation(summary = "Cosign a checkpoint of a witnessed log (C2SP tlog-witness add-checkpoint)")
  ResponseEntity<String> addCheckpoint(@RequestBody(required = false) byte[] body) {
    Answer answer = witness.addCheckpoint(body == null ? new byte[0] : body);
    return switch (answer) {
      case Answer.Cosigned(String lines) ->
          ResponseEntity.ok().contentType(LedgerApi.TEXT).body(lines);
      case Answer.Conflict(long size) ->
          ResponseEntity.status(409).contentType(SIZE).body(size + "\n");
      case Answer.Refused(int status, String reason) ->
          ResponseEntity.status(status).contentType(LedgerApi.TEXT).body(reason + "\n");
    };
  }

  @GetMapping("/{originHash:[0-9a-f]{64}}/checkpoint")
  @Operation(
      summary = "The latest checkpoint this witness cosigned for a log, by SHA-256 of origin")
  ResponseEntity<String> latest(@PathVariable String originHash) {
    return witness.origins().stream()
        .filter(origin -> sha256Hex(origin).equals(originHash))
        .findFirst()
        .flatMap(witness::latest)
        .map(
            latest ->
                ResponseEntity.ok()
                    .contentType(LedgerApi.TEXT)
                    .cacheControl(CacheControl.noCache())
                    .body(latest.checkpoint()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK must provide SHA-256", e);
    }
  }
}
