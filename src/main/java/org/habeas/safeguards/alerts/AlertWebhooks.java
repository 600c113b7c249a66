package org.habeas.safeguards.alerts;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts alerts as JSON to the configured endpoints, signed so the receiver can tell them from
 * forgeries: {@code X-Habeas-Signature: sha256=<hex HMAC-SHA256>} over the timestamp header, a dot,
 * and the body; a receiver should refuse stale timestamps, so a captured request cannot be
 * replayed.
 */
@Component
class AlertWebhooks {

  static final String SIGNATURE = "X-Habeas-Signature";
  static final String TIMESTAMP = "X-Habeas-Timestamp";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /**
   * Built on the first post, not with the bean: a client sets up TLS (the JDK's trust store) and a
   * selector thread, which every start paid for although most deployments configure no webhook.
   */
  private static final class Client {
    static final HttpClient HTTP =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  private final JsonMapper json;
  private final AlertMail mail;

  AlertWebhooks(JsonMapper json, AlertMail mail) {
    this.json = json;
    this.mail = mail;
  }

  void send(Alert alert, AlertSettings.Webhook endpoint, Instant now) throws Exception {
    var secret = endpoint.secret();
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException("no secret configured for " + endpoint.url());
    }
    var body = body(alert);
    var timestamp = Long.toString(now.getEpochSecond());
    var request =
        HttpRequest.newBuilder(endpoint.url())
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header(TIMESTAMP, timestamp)
            .header(SIGNATURE, "sha256=" + sign(secret, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    var response = Client.HTTP.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("HTTP " + response.statusCode());
    }
  }

  /** The JSON body: what the alert says, with no personal data. */
  String body(Alert a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("kind", a.kind().name());
    m.put("status", a.status().name());
    m.put("recordId", a.recordId());
    m.put("pseudonym", a.pseudonym());
    m.put("ruleId", a.ruleId());
    m.put("title", Map.of("en", a.title().en(), "ru", a.title().ru(), "kk", a.title().kk()));
    m.put("basis", a.basis());
    m.put("startedAt", a.startedAt() == null ? null : a.startedAt().toString());
    m.put("dueAt", a.dueAt() == null ? null : a.dueAt().toString());
    m.put("facilityId", a.facilityId());
    m.put("regionCode", a.regionCode());
    m.put("zone", a.zone().getId());
    m.put("raisedAt", a.raisedAt().toString());
    m.put("link", mail.link(a));
    return json.writeValueAsString(m);
  }

  /** Hex HMAC-SHA256 of {@code timestamp + "." + body} under the secret. */
  static String sign(String secret, String timestamp, String body) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
