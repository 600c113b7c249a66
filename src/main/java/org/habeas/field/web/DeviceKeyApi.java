package org.habeas.field.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.habeas.field.DeviceKeys;
import org.habeas.system.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A phone's key enrolled by the signed-in officer, from the field page (session and CSRF token, on
 * the pages' door): pending until an administrator approves it.
 */
@RestController
@Hidden
class DeviceKeyApi {

  private final DeviceKeys keys;

  DeviceKeyApi(DeviceKeys keys) {
    this.keys = keys;
  }

  /** The enrolment: a base64 SPKI DER ECDSA P-256 public key and a label for the phone. */
  record EnrolJson(@Nullable String publicKey, @Nullable String label) {}

  /** The key's id and status. */
  record KeyJson(String deviceKeyId, String status) {}

  @PostMapping(path = "/field/device-keys", consumes = "application/json")
  ResponseEntity<KeyJson> enrol(Actor me, @RequestBody EnrolJson body) {
    var enrolled = keys.enrol(me, body.publicKey(), body.label());
    return ResponseEntity.status(enrolled.created() ? 201 : 200)
        .body(new KeyJson(enrolled.deviceKeyId(), enrolled.status()));
  }

  @GetMapping("/field/device-keys/{id}")
  KeyJson status(Actor me, @PathVariable String id) {
    var key = keys.status(me, id);
    return new KeyJson(key.deviceKeyId(), key.status());
  }
}
