package org.habeas.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers the response to a write sent with an {@code Idempotency-Key}, so that a retry from a
 * police station on a bad link returns the first result and stores nothing twice.
 */
@Component
public class IdempotentRequests {

  /** The first response to a keyed request. */
  public record Response(String requestHash, int status, @Nullable String location, String body) {}

  private final JdbcClient jdbc;

  private final Clock clock;

  IdempotentRequests(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<Response> find(String username, String key) {
    return jdbc.sql(
            "select request_hash, status, location, body from idempotent_request"
                + " where username = ? and idem_key = ?")
        .params(username, key)
        .query(
            (rs, i) ->
                new Response(
                    rs.getString("request_hash"),
                    rs.getInt("status"),
                    rs.getString("location"),
                    rs.getString("body")))
        .optional();
  }

  /** Stores the first response; returns false if another request with the key got there first. */
  public boolean remember(String username, String key, Response response) {
    try {
      jdbc.sql(
              "insert into idempotent_request (username, idem_key, request_hash, status, location,"
                  + " body, created_at) values (?, ?, ?, ?, ?, ?, ?)")
          .params(
              Arrays.<@Nullable Object>asList(
                  username,
                  key,
                  response.requestHash(),
                  response.status(),
                  response.location(),
                  response.body(),
                  Timestamp.from(clock.instant())))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /**
   * Forgets the remembered responses of writes to a resource and below it (their bodies may hold
   * personal data): part of a lawful erasure.
   */
  public int forget(String resourcePath) {
    return jdbc.sql("delete from idempotent_request where location = ? or location like ?")
        .params(resourcePath, resourcePath + "/%")
        .update();
  }

  /** A stable fingerprint of a request: method, path and body. */
  public static String hash(String method, String path, byte[] body) {
    try {
      var sha = MessageDigest.getInstance("SHA-256");
      sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
