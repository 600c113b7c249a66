package org.habeas.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens: a user creates one for a client system and sends it as a bearer token. Only
 * a SHA-256 of each token is stored, so a copy of the database does not hand out access.
 *
 * <p>A token lives {@code habeas.api.token-ttl} from its creation, then it is refused: a token
 * copied into a forgotten script or a leaked configuration stops working on its own. The lifetime
 * is read when a token is used, not stored with it, so shortening it ends every older token at once
 * (after an incident, say).
 */
@Component
public class ApiTokens {

  /** A token as listed to its owner (never the secret itself). */
  public record Token(
      String id, String name, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt) {

    /** Whether the token still opens the API at {@code now}. */
    public boolean liveAt(Instant now) {
      return revokedAt == null && now.isBefore(expiresAt);
    }
  }

  /** What a bearer secret is. */
  public sealed interface Lookup {
    /** A live token of this user. */
    record Live(String owner) implements Lookup {}

    /** A token that was valid until {@code at}. */
    record Expired(Instant at) implements Lookup {}

    /** No such token, or a revoked one. */
    record Unknown() implements Lookup {}
  }

  /** Whom a bearer secret lets a request act as. */
  public sealed interface Bearer {
    /** A live token of this enabled user. */
    record Acting(Actor actor) implements Bearer {}

    /** A live token of a user who cannot sign in (disabled): refused like an unknown user. */
    record Disabled(String owner) implements Bearer {}

    /** A token that was valid until {@code at}. */
    record Expired(Instant at) implements Bearer {}

    /** No such token, or a revoked one. */
    record Unknown() implements Bearer {}
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration ttl;
  private final ApiActorCache cache;

  ApiTokens(
      JdbcClient jdbc,
      Clock clock,
      @Value("${habeas.api.token-ttl}") Duration ttl,
      ApiActorCache cache) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ttl = ttl;
    this.cache = cache;
  }

  /** How long a token lives after its creation. */
  public Duration ttl() {
    return ttl;
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
                    rs.getTimestamp("created_at").toInstant().plus(ttl),
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
    cache.forgetToken(tokenId);
  }

  /**
   * Whom a bearer secret lets the request act as: the token and its user read in one statement,
   * then kept for a short while ({@link ApiActorCache}: revocations and user changes on this
   * instance count at once, on others within {@code habeas.security.api-cache-ttl}). The actor is
   * also remembered for the request, so {@link CurrentActor} reads nothing.
   */
  public Bearer bearer(String secret) {
    var hash = sha256(secret);
    var now = clock.instant();
    var cached = cache.get(hash);
    if (cached != null) {
      if (!now.isBefore(cached.expiresAt())) {
        return new Bearer.Expired(cached.expiresAt());
      }
      RequestActors.remember(cached.actor());
      return new Bearer.Acting(cached.actor());
    }
    record Row(String tokenId, String owner, Instant createdAt, @Nullable Actor actor) {}
    long readAt = System.nanoTime();
    long generation = cache.generation();
    var row =
        jdbc.sql(
                "select t.id as token_id, t.username as owner, t.created_at as token_created,"
                    + " u.username, u.display_name, u.role, u.facility_id, u.region_code,"
                    + " u.language, u.supervisor from api_token t"
                    + " left join app_user u on u.username = t.username and u.enabled"
                    + " where t.token_hash = ? and not exists"
                    + " (select 1 from api_token_revocation r where r.token_id = t.id)")
            .param(hash)
            .query(
                (rs, i) ->
                    new Row(
                        rs.getString("token_id"),
                        rs.getString("owner"),
                        rs.getTimestamp("token_created").toInstant(),
                        rs.getString("username") == null ? null : Users.actor(rs)))
            .optional();
    if (row.isEmpty()) {
      return new Bearer.Unknown();
    }
    var expires = row.get().createdAt().plus(ttl);
    if (!now.isBefore(expires)) {
      return new Bearer.Expired(expires);
    }
    var actor = row.get().actor();
    if (actor == null) {
      return new Bearer.Disabled(row.get().owner());
    }
    cache.put(
        hash, new ApiActorCache.Entry(row.get().tokenId(), actor, expires, readAt), generation);
    RequestActors.remember(actor);
    return new Bearer.Acting(actor);
  }

  /** The user a live token belongs to. */
  public Optional<String> owner(String secret) {
    return lookup(secret) instanceof Lookup.Live(String owner)
        ? Optional.of(owner)
        : Optional.empty();
  }

  /** Whose token this is, or that it expired, or that there is no such live token. */
  public Lookup lookup(String secret) {
    record Row(String username, Instant createdAt) {}
    var row =
        jdbc.sql(
                "select t.username, t.created_at from api_token t where t.token_hash = ? and not"
                    + " exists (select 1 from api_token_revocation r where r.token_id = t.id)")
            .param(sha256(secret))
            .query(
                (rs, i) ->
                    new Row(rs.getString("username"), rs.getTimestamp("created_at").toInstant()))
            .optional();
    if (row.isEmpty()) {
      return new Lookup.Unknown();
    }
    var expires = row.get().createdAt().plus(ttl);
    return clock.instant().isBefore(expires)
        ? new Lookup.Live(row.get().username())
        : new Lookup.Expired(expires);
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
