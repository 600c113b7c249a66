package org.habeas.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.habeas.custody.Apprehended;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.field.Capture;
import org.habeas.field.DeviceKeys;
import org.habeas.field.FieldRegistrations;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.habeas.system.ScopedClock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's field registrations (issue 19), loaded after the custody records into a demo database
 * that has none yet: the Astana officer's phone with its key (approved by the administrator), a
 * capture of yesterday whose custody record was opened from it on arrival, and a capture of this
 * morning on its way to the facility (pending; within the 3 h limit, so not alerted yet).
 */
@Component
@Order(3)
class DemoFieldRegistrations implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoFieldRegistrations.class);
  private static final ZoneId KZ = ZoneId.of("Asia/Almaty");
  private static final String FACILITY = "kz-ast-tdf1";
  private static final Actor OFFICER =
      new Actor("officer", "Serik Akhmetov", Role.CUSTODY_OFFICER, FACILITY, "ast", "ru", true);
  private static final Actor ADMIN =
      new Actor("admin", "Timur Kassymov", Role.ADMIN, null, null, "en");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DeviceKeys keys;
  private final FieldRegistrations registrations;
  private final JdbcClient jdbc;
  private final ScopedClock clock;
  private final boolean enabled;

  DemoFieldRegistrations(
      DeviceKeys keys,
      FieldRegistrations registrations,
      JdbcClient jdbc,
      ScopedClock clock,
      @Value("${habeas.demo.enabled:false}") boolean enabled) {
    this.keys = keys;
    this.registrations = registrations;
    this.jdbc = jdbc;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    boolean facility =
        jdbc.sql("select count(*) from facility where id = ?")
                .param(FACILITY)
                .query(Long.class)
                .single()
            == 1;
    boolean none =
        jdbc.sql("select count(*) from field_registration").query(Long.class).single() == 0;
    if (!facility || !none) {
      return;
    }
    try {
      var now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
      var pair = keyPair();
      var enrolledAt = now.minus(Duration.ofDays(3));
      var keyId =
          clock.at(
              Clock.fixed(enrolledAt, KZ),
              () ->
                  keys.enrol(
                          OFFICER,
                          Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                          "Patrol phone 3 (Samsung A54)")
                      .deviceKeyId());
      clock.at(
          Clock.fixed(enrolledAt.plus(Duration.ofHours(2)), KZ), () -> keys.approve(ADMIN, keyId));
      opened(pair, keyId, now);
      pending(pair, keyId, now);
      log.info("Demo data: 1 device key and 2 field registrations loaded");
    } catch (RuntimeException | GeneralSecurityException e) {
      log.warn("Demo data: field registrations not loaded ({})", e.getClass().getName(), e);
    }
  }

  /** Yesterday: captured 4 min after the apprehension, sent 17 min later, the record 55 min on. */
  private void opened(KeyPair pair, String keyId, Instant now) throws GeneralSecurityException {
    var apprehended = now.minus(Duration.ofDays(1)).minus(Duration.ofHours(2));
    var captured = apprehended.plus(Duration.ofMinutes(4));
    var received = captured.plus(Duration.ofMinutes(17));
    var body =
        signed(
            pair,
            keyId,
            captured,
            apprehended,
            "Данияр Маратұлы Сейітов",
            "1998-07-21",
            null,
            null,
            "Kenesary St 40, at the bus stop",
            "Suspected of a street robbery minutes before (CC art. 192)");
    var id = clock.at(Clock.fixed(received, KZ), () -> registrations.register(body).id());
    var openedAt = apprehended.plus(Duration.ofMinutes(55));
    clock.at(
        Clock.fixed(openedAt, KZ),
        () ->
            registrations.open(
                OFFICER,
                id,
                new Apprehended(
                    apprehended,
                    FACILITY,
                    new Person(
                        "Данияр Маратұлы Сейітов", LocalDate.of(1998, 7, 21), null, "KZ", "kk"),
                    "Suspected of a street robbery minutes before (CC art. 192)",
                    "CC art. 192",
                    null,
                    Jurisdiction.KZ)));
  }

  /** This morning: captured at once and sent 2 min later; the person is on the way. */
  private void pending(KeyPair pair, String keyId, Instant now) throws GeneralSecurityException {
    var apprehended = now.minus(Duration.ofMinutes(50));
    var captured = apprehended.plus(Duration.ofMinutes(1));
    var body =
        signed(
            pair,
            keyId,
            captured,
            apprehended,
            null,
            null,
            null,
            "Man of about 30, grey jacket, gave no name",
            "Respublika Ave 24, in front of the mall",
            "Refused to show documents at a check; resisted");
    clock.at(
        Clock.fixed(captured.plus(Duration.ofMinutes(2)), KZ), () -> registrations.register(body));
  }

  private static byte[] signed(
      KeyPair pair,
      String keyId,
      Instant captured,
      Instant apprehended,
      @Nullable String name,
      @Nullable String birthDate,
      @Nullable String nationalId,
      @Nullable String description,
      String address,
      String grounds)
      throws GeneralSecurityException {
    ObjectNode body = JSON.createObjectNode();
    body.put("captureId", UUID.nameUUIDFromBytes((keyId + captured).getBytes()).toString());
    body.put("deviceKeyId", keyId);
    body.put("capturedAt", captured.toString());
    body.put("apprehendedAt", apprehended.toString());
    var person = body.putObject("person");
    person.put("name", name);
    person.put("birthDate", birthDate);
    person.put("nationalId", nationalId);
    person.put("description", description);
    var place = body.putObject("place");
    place.put("latitude", new BigDecimal("51.128207"));
    place.put("longitude", new BigDecimal("71.430411"));
    place.put("accuracyMetres", 12);
    place.put("address", address);
    body.put("grounds", grounds);
    body.put("unit", "Patrol unit 3, Astana city police");
    body.put("toFacilityId", FACILITY);
    body.putArray("officers").add("Sgt Nurlan Abenov").add("Cpl Aigerim Serikova");
    body.put("signature", Base64.getEncoder().encodeToString(new byte[64]));
    var signer = Signature.getInstance("SHA256withECDSAinP1363Format");
    signer.initSign(pair.getPrivate());
    signer.update(Capture.toSign(JSON.writeValueAsBytes(body)));
    body.put("signature", Base64.getEncoder().encodeToString(signer.sign()));
    return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
  }

  private static KeyPair keyPair() throws GeneralSecurityException {
    var generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }
}
