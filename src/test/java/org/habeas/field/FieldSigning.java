package org.habeas.field;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * A phone, for tests: an ECDSA P-256 key pair and a capture signed as the field page signs it (the
 * message built as text here, independently of {@link Capture#message()}).
 */
public final class FieldSigning {

  private final KeyPair pair;

  public FieldSigning() {
    try {
      var generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      this.pair = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key as the phone enrols it: base64 of its SPKI DER. */
  public String publicKey() {
    return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
  }

  /** The key's id as the server derives it. */
  public String keyId() {
    return DeviceKeys.idOf(pair.getPublic().getEncoded());
  }

  /** Signs {@code message} (UTF-8) as WebCrypto does: P1363 r||s. */
  public String sign(String message) {
    try {
      var s = Signature.getInstance("SHA256withECDSAinP1363Format");
      s.initSign(pair.getPrivate());
      s.update(message.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A capture's fields, as a test sets them. */
  public record Fields(
      String captureId,
      String capturedAt,
      String apprehendedAt,
      String name,
      String toFacilityId,
      double latitude,
      double longitude) {

    public static Fields of(
        String name, String toFacilityId, String capturedAt, String apprehendedAt) {
      return new Fields(
          UUID.randomUUID().toString(),
          capturedAt,
          apprehendedAt,
          name,
          toFacilityId,
          51.128207,
          71.430411);
    }
  }

  /** The signed message for the fields, written as JSON.stringify writes the array. */
  public String message(Fields f) {
    return "[\"habeas-field-registration/v1\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"1990-05-05\",null,null,\"%s\",\"%s\",\"12\",\"Kenesary St 40\",\"Caught in the act\",\"Patrol 3\",\"%s\",[\"Sgt Abenov\",\"Cpl Serikova\"]]"
        .formatted(
            f.captureId(),
            keyId(),
            f.capturedAt(),
            f.apprehendedAt(),
            escape(f.name()),
            String.format(Locale.ROOT, "%.6f", f.latitude()),
            String.format(Locale.ROOT, "%.6f", f.longitude()),
            f.toFacilityId());
  }

  /** The body the phone sends, signed over {@code message(f)}. */
  public String body(Fields f) {
    return body(f, sign(message(f)));
  }

  /** The body with a given signature. */
  public String body(Fields f, String signature) {
    return """
        {"captureId":"%s","deviceKeyId":"%s","capturedAt":"%s","apprehendedAt":"%s",
         "person":{"name":"%s","birthDate":"1990-05-05","nationalId":null,"description":null},
         "place":{"latitude":%s,"longitude":%s,"accuracyMetres":12,"address":"Kenesary St 40"},
         "grounds":"Caught in the act","unit":"Patrol 3","toFacilityId":"%s",
         "officers":["Sgt Abenov","Cpl Serikova"],"signature":"%s"}
        """
        .formatted(
            f.captureId(),
            keyId(),
            f.capturedAt(),
            f.apprehendedAt(),
            escape(f.name()),
            f.latitude(),
            f.longitude(),
            f.toFacilityId(),
            signature);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
