package org.habeas.complaints.casefile;

import java.util.function.Supplier;
import org.habeas.system.ApiProblem;
import org.habeas.system.IdempotentRequests;
import org.habeas.system.IdempotentRequests.Response;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an API write so that a replay with the same {@code Idempotency-Key} and body returns the
 * first response and stores nothing twice (as the custody API does): write and remembered response
 * commit together.
 */
@Component
class CaseFileWrites {

  private final IdempotentRequests requests;
  private final TransactionTemplate tx;

  CaseFileWrites(IdempotentRequests requests, TransactionTemplate tx) {
    this.requests = requests;
    this.tx = tx;
  }

  /** The result of a write: status, Location and JSON body. */
  record Result(int status, String location, String body) {}

  private static final class Replayed extends RuntimeException {
    Replayed() {
      super(null, null, false, false);
    }
  }

  ResponseEntity<String> run(
      String username, @Nullable String key, String path, byte[] body, Supplier<Result> write) {
    if (key == null || key.isBlank()) {
      return tx.execute(s -> respond(write.get()));
    }
    if (key.length() > 200) {
      throw ApiProblem.badField("Idempotency-Key", "field.Size");
    }
    var hash = IdempotentRequests.hash("POST", path, body);
    var earlier = requests.find(username, key);
    if (earlier.isPresent()) {
      return replay(earlier.get(), hash);
    }
    try {
      return tx.execute(
          s -> {
            var result = write.get();
            var response = new Response(hash, result.status(), result.location(), result.body());
            if (!requests.remember(username, key, response)) {
              throw new Replayed();
            }
            return respond(result);
          });
    } catch (Replayed e) {
      return replay(requests.find(username, key).orElseThrow(), hash);
    }
  }

  private static ResponseEntity<String> replay(Response earlier, String hash) {
    if (!earlier.requestHash().equals(hash)) {
      throw new ApiProblem(422, "problem.idempotencyMismatch", java.util.List.of());
    }
    var location = earlier.location() == null ? "" : earlier.location();
    return respond(new Result(earlier.status(), location, earlier.body()));
  }

  private static ResponseEntity<String> respond(Result r) {
    return ResponseEntity.status(r.status())
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.LOCATION, r.location())
        .body(r.body());
  }
}
