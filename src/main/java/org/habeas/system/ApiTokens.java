package org.habeas.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens: a user creates one for a client system and sends it as a bearer token. Only
 * a SHA-256 of each token is stored, so a copy of the database does not hand out access.
 */
@Component
public class ApiTokens {

  /** A token as listed to its owner (never the secret itself). */
  public record Token(String id, String name, Instant createdAt, @Nullable Instant revokedAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private final JdbcClient jdbc;

  private final java.time.Clock clock;

  ApiTokens(JdbcClient jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Creates a token and returns its secret, shown to the user once. */
  public String create(String username, String name) {
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    var secret = "hb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            "insert into api_token (id, username, name, token_hash, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID().toString(),
            username,
            name,
            sha256(secret),
            Timestamp.from(clock.instant()))
        .update();
    return secret;
  }

  public List<Token> of(String username) {
    return jdbc.sql(
            "select t.id, t.name, t.created_at, r.revoked_at from api_token t"
                + " left join api_token_revocation r on r.token_id = t.id"
                + " where t.username = ? order by t.created_at desc")
        .param(username)
        .query(
            (rs, i) ->
                new Token(
                    rs.getString("id"),
                    rs.getString("name"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("revoked_at") == null
                        ? null
                        : rs.getTimestamp("revoked_at").toInstant()))
        .list();
  }

  public void revoke(String username, String tokenId) {
    jdbc.sql(
            "insert into api_token_revocation (token_id, revoked_at) select id, ? from api_token"
                + " where id = ? and username = ? and id not in (select token_id from"
                + " api_token_revocation)")
        .params(Timestamp.from(clock.instant()), tokenId, username)
        .update();
  }

  /** The user a live token belongs to. */
  public Optional<String> owner(String secret) {
    return jdbc.sql(
            "select t.username from api_token t where t.token_hash = ? and not exists"
                + " (select 1 from api_token_revocation r where r.token_id = t.id)")
        .param(sha256(secret))
        .query(String.class)
        .optional();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
