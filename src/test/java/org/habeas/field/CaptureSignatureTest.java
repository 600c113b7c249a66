package org.habeas.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.habeas.system.Problem;
import org.junit.jupiter.api.Test;

/**
 * The signed capture: the server rebuilds exactly the bytes the phone signed (the array as
 * JSON.stringify writes it), accepts the phone's signature over them and refuses any change, any
 * coordinate with more than six decimals and any control character.
 */
class CaptureSignatureTest {

  private final FieldSigning phone = new FieldSigning();
  private final FieldSigning other = new FieldSigning();
  private final FieldSigning.Fields fields =
      FieldSigning.Fields.of(
          "Ерлан \"Ержан\" Тестов",
          "kz-ast-tdf1",
          "2026-12-02T09:10:00.000Z",
          "2026-12-02T09:05:00.000Z");

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theServerRebuildsTheSignedBytesAndTheSignatureVerifies() throws Exception {
    var capture = Capture.read(utf8(phone.body(fields)));

    assertThat(new String(capture.message(), StandardCharsets.UTF_8))
        .isEqualTo(phone.message(fields));
    assertThat(capture.signedBy(DeviceKeys.parse(Base64.getDecoder().decode(phone.publicKey()))))
        .isTrue();
    assertThat(capture.place().latitude()).isEqualTo("51.128207");
  }

  @Test
  void aChangedFieldOrAnotherKeyDoesNotVerify() throws Exception {
    var signature = phone.sign(phone.message(fields));
    var tampered =
        new FieldSigning.Fields(
            fields.captureId(),
            fields.capturedAt(),
            "2026-12-02T09:06:00.000Z",
            fields.name(),
            fields.toFacilityId(),
            fields.latitude(),
            fields.longitude());
    var key = DeviceKeys.parse(Base64.getDecoder().decode(phone.publicKey()));

    assertThat(Capture.read(utf8(phone.body(tampered, signature))).signedBy(key)).isFalse();
    var byOther = Capture.read(utf8(phone.body(fields)));
    assertThat(byOther.signedBy(DeviceKeys.parse(Base64.getDecoder().decode(other.publicKey()))))
        .isFalse();
  }

  @Test
  void moreThanSixDecimalsAreRefusedByName() {
    var precise =
        new FieldSigning.Fields(
            fields.captureId(),
            fields.capturedAt(),
            fields.apprehendedAt(),
            fields.name(),
            fields.toFacilityId(),
            51.1282071,
            fields.longitude());

    assertThatThrownBy(() -> Capture.read(utf8(phone.body(precise))))
        .isInstanceOfSatisfying(
            Problem.class,
            p ->
                assertThat(p.fields())
                    .anySatisfy(
                        f -> {
                          assertThat(f.field()).isEqualTo("place.latitude");
                          assertThat(f.code()).isEqualTo("fieldRegistration.decimals");
                        }));
  }

  @Test
  void aNulByteIsRefusedByName() {
    var body = phone.body(fields).replace("Caught in the act", "Caught\\u0000 in the act");

    assertThatThrownBy(() -> Capture.read(utf8(body)))
        .isInstanceOfSatisfying(
            Problem.class,
            p ->
                assertThat(p.fields())
                    .anySatisfy(
                        f -> {
                          assertThat(f.field()).isEqualTo("grounds");
                          assertThat(f.code()).isEqualTo("field.controlCharacter");
                        }));
  }

  @Test
  void anUnknownFieldAndAMissingPersonAreNamedAtOnce() {
    var body =
        phone
            .body(fields)
            .replace("\"name\":\"Ерлан \\\"Ержан\\\" Тестов\"", "\"name\":null")
            .replace("\"unit\":", "\"extra\":1,\"unit\":");

    assertThatThrownBy(() -> Capture.read(utf8(body)))
        .isInstanceOfSatisfying(
            Problem.class,
            p ->
                assertThat(p.fields())
                    .extracting(Problem.FieldProblem::field)
                    .contains("extra", "person.name"));
  }

  @Test
  void aKeyOfAnotherCurveIsRefused() throws Exception {
    var generator = java.security.KeyPairGenerator.getInstance("EC");
    generator.initialize(new java.security.spec.ECGenParameterSpec("secp384r1"));
    var der = generator.generateKeyPair().getPublic().getEncoded();

    assertThatThrownBy(() -> DeviceKeys.parse(der))
        .isInstanceOf(java.security.GeneralSecurityException.class);
  }
}
