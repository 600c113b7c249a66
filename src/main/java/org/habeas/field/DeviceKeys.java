package org.habeas.field;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phones' signing keys: enrolled by a signed-in officer (bound to them and their facility),
 * pending until an administrator approves them, revocable at any time. Each change of status is a
 * new row; only an active key signs a capture.
 */
@Service
public class DeviceKeys {

  private static final Logger log = LoggerFactory.getLogger(DeviceKeys.class);

  /** A key's statuses. */
  public static final String PENDING = "pending";

  public static final String ACTIVE = "active";
  public static final String REVOKED = "revoked";

  /** A key as the enrolment answers it. */
  public record Enrolled(String deviceKeyId, String status, boolean created) {}

  /** A key as the administrators' page lists it. */
  public record Listed(
      String id,
      String owner,
      String ownerRole,
      @Nullable String facilityId,
      @Nullable String facilityName,
      String label,
      Instant enrolledAt,
      String status,
      Instant statusAt,
      String statusBy) {}

  private final FieldStore store;
  private final Facilities facilities;
  private final Clock clock;

  DeviceKeys(FieldStore store, Facilities facilities, Clock clock) {
    this.store = store;
    this.facilities = facilities;
    this.clock = clock;
  }

  /**
   * Whether the actor captures in the field and may enrol a phone's key: the officers who apprehend
   * (the field page asks this too, so the decision stays in {@link FieldAccess}).
   */
  public static boolean mayEnrol(Actor actor) {
    return FieldAccess.enrols(actor);
  }

  /** Enrols a phone's key for the actor; the same key again answers its current status. */
  @Transactional
  public Enrolled enrol(Actor actor, @Nullable String publicKey, @Nullable String label) {
    if (!FieldAccess.enrols(actor)) {
      throw Problem.forbidden("problem.forbidden");
    }
    if (publicKey == null || publicKey.isBlank()) {
      throw Problem.badField("publicKey", "field.NotBlank");
    }
    if (publicKey.length() > 400) {
      throw Problem.badField("publicKey", "field.Size");
    }
    var text = label == null ? "" : PlainText.checked("label", label).strip();
    if (text.isEmpty()) {
      throw Problem.badField("label", "field.NotBlank");
    }
    if (text.length() > 200) {
      throw Problem.badField("label", "field.Size");
    }
    byte[] der;
    try {
      der = Base64.getDecoder().decode(publicKey.strip());
      parse(der);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw Problem.badField("publicKey", "fieldRegistration.notP256");
    }
    var id = idOf(der);
    var existing = store.key(id);
    if (existing.isPresent()) {
      if (!FieldAccess.ownsKey(actor, existing.get())) {
        throw Problem.conflict("fieldRegistration.keyTaken");
      }
      return new Enrolled(id, existing.get().status(), false);
    }
    var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    store.insertKey(
        new FieldStore.Key(
            id,
            Base64.getEncoder().encodeToString(der),
            actor.username(),
            actor.role().name(),
            actor.facilityId(),
            actor.regionCode() != null
                ? actor.regionCode()
                : actor.facilityId() == null
                    ? null
                    : facilities.find(actor.facilityId()).map(f -> f.regionCode()).orElse(null),
            text,
            now,
            PENDING,
            1,
            now,
            actor.username()));
    store.keyStatus(id, 1, PENDING, now, actor.username());
    log.info("Field: device key {} enrolled, pending approval", id);
    return new Enrolled(id, PENDING, true);
  }

  /** The status of the actor's own key. */
  public Enrolled status(Actor actor, String id) {
    var key =
        store
            .key(id)
            .filter(k -> FieldAccess.ownsKey(actor, k))
            .orElseThrow(() -> Problem.notFound("fieldRegistration.keyNotFound"));
    return new Enrolled(key.id(), key.status(), false);
  }

  /** Every key, for the administrators: pending first. */
  public List<Listed> all(Actor actor) {
    if (!FieldAccess.administersKeys(actor)) {
      throw Problem.forbidden("problem.forbidden");
    }
    return store.keys().stream()
        .map(
            k ->
                new Listed(
                    k.id(),
                    k.owner(),
                    k.ownerRole(),
                    k.facilityId(),
                    k.facilityId() == null
                        ? null
                        : facilities.find(k.facilityId()).map(f -> f.name()).orElse(null),
                    k.label(),
                    k.enrolledAt(),
                    k.status(),
                    k.statusAt(),
                    k.statusBy()))
        .toList();
  }

  /** An administrator approves a pending key: it signs from now on. */
  @Transactional
  public void approve(Actor actor, String id) {
    change(actor, id, ACTIVE);
  }

  /** An administrator revokes a key: it signs nothing more (what it signed before stays). */
  @Transactional
  public void revoke(Actor actor, String id) {
    change(actor, id, REVOKED);
  }

  private void change(Actor actor, String id, String to) {
    if (!FieldAccess.administersKeys(actor)) {
      throw Problem.forbidden("problem.forbidden");
    }
    var key = store.key(id).orElseThrow(() -> Problem.notFound("fieldRegistration.keyNotFound"));
    if (key.status().equals(REVOKED)
        || key.status().equals(to)
        || (to.equals(ACTIVE) && !key.status().equals(PENDING))) {
      throw Problem.conflict("fieldRegistration.keyStatus", key.status());
    }
    store.keyStatus(
        id,
        key.statusSeq() + 1,
        to,
        clock.instant().truncatedTo(ChronoUnit.MILLIS),
        actor.username());
    log.info("Field: device key {} {} by an administrator", id, to);
  }

  /** The key that signs for {@code id}, if it is active; otherwise the refusal. */
  FieldStore.Key activeKey(String id) {
    var key = store.key(id).orElseThrow(() -> Problem.forbidden("fieldRegistration.keyUnknown"));
    return switch (key.status()) {
      case ACTIVE -> key;
      case PENDING -> throw Problem.forbidden("fieldRegistration.keyPending");
      default -> throw Problem.forbidden("fieldRegistration.keyRevoked");
    };
  }

  /** The public key of a stored key. */
  static PublicKey publicKey(FieldStore.Key key) {
    try {
      return parse(Base64.getDecoder().decode(key.publicKey()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("stored key unreadable", e);
    }
  }

  /** An ECDSA P-256 public key from its SPKI DER, or a refusal for any other key. */
  static PublicKey parse(byte[] der) throws GeneralSecurityException {
    var key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
    if (!(key instanceof ECPublicKey ec)
        || ec.getParams().getCurve().getField().getFieldSize() != 256
        || !p256(ec)) {
      throw new GeneralSecurityException("not a P-256 key");
    }
    return key;
  }

  private static boolean p256(ECPublicKey key) throws GeneralSecurityException {
    var params = AlgorithmParameters.getInstance("EC");
    params.init(new ECGenParameterSpec("secp256r1"));
    var p256 = params.getParameterSpec(ECParameterSpec.class);
    return p256.getCurve().equals(key.getParams().getCurve())
        && p256.getGenerator().equals(key.getParams().getGenerator())
        && p256.getOrder().equals(key.getParams().getOrder());
  }

  /** The first 8 bytes of SHA-256 of the SPKI DER, in lowercase hex. */
  static String idOf(byte[] der) {
    try {
      var digest = MessageDigest.getInstance("SHA-256").digest(der);
      return HexFormat.of().formatHex(digest, 0, 8).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
