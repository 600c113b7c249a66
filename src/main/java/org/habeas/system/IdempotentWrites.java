package org.habeas.system;

import java.util.List;
import java.util.function.Supplier;
import org.habeas.system.IdempotentRequests.Response;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write so that a replay with the same {@code Idempotency-Key} and body returns the first
 * response and stores nothing twice: the write and the remembered response commit together. Every
 * module's API uses it for its {@code Idempotency-Key} writes.
 */
@Component
public class IdempotentWrites {

  private final IdempotentRequests requests;
  private final TransactionTemplate tx;

  IdempotentWrites(IdempotentRequests requests, TransactionTemplate tx) {
    this.requests = requests;
    this.tx = tx;
  }

  /** The result of a write: status, Location (if any) and JSON body. */
  public record Result(int status, @Nullable String location, String body) {}

  private static final class Replayed extends RuntimeException {
    Replayed() {
      super(null, null, false, false);
    }
  }

  /**
   * Runs {@code write} in a transaction; with a key, remembers its response with it, or replays the
   * response remembered for the key (422 when the body differs).
   */
  public ResponseEntity<String> run(
      String username,
      @Nullable String key,
      String method,
      String path,
      byte[] body,
      Supplier<Result> write) {
    if (key == null || key.isBlank()) {
      return tx.execute(s -> respond(write.get()));
    }
    if (key.length() > 200) {
      throw Problem.badField("Idempotency-Key", "field.Size");
    }
    var hash = IdempotentRequests.hash(method, path, body);
    // The key is checked and stored by one statement, the insert of the response at the end of the
    // write's transaction: the primary key (user, key) refuses a second one. So a first request,
    // by far the usual case, costs that one statement and no read before it. A replay runs the
    // write again and rolls it back (the insert fails, or the write itself does, the record having
    // moved on), then answers what was remembered; a replay arriving while the first request is
    // still running waits for it at that insert. Replays are rare (a retry on a bad link), so
    // their extra work is the price of the statement saved on every write.
    try {
      return tx.execute(
          s -> {
            var result = write.get();
            if (!requests.remember(
                username,
                key,
                new Response(hash, result.status(), result.location(), result.body()))) {
              throw new Replayed();
            }
            return respond(result);
          });
    } catch (Replayed e) {
      return replay(requests.find(username, key).orElseThrow(), hash);
    } catch (RuntimeException e) {
      // The write refused: perhaps it is a replay of one that landed (an append whose If-Match is
      // stale now, a record opened with this key). Then the first answer stands, as it did before.
      var earlier = requests.find(username, key);
      if (earlier.isPresent()) {
        return replay(earlier.get(), hash);
      }
      throw e;
    }
  }

  private static ResponseEntity<String> replay(Response earlier, String hash) {
    if (!earlier.requestHash().equals(hash)) {
      throw new Problem(Problem.Kind.UNPROCESSABLE, "problem.idempotencyMismatch", List.of());
    }
    return respond(new Result(earlier.status(), earlier.location(), earlier.body()));
  }

  private static ResponseEntity<String> respond(Result r) {
    var builder = ResponseEntity.status(r.status()).contentType(MediaType.APPLICATION_JSON);
    if (r.location() != null) {
      builder.header(HttpHeaders.LOCATION, r.location());
    }
    return builder.body(r.body());
  }
}
