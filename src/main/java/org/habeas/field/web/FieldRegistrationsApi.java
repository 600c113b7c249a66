package org.habeas.field.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.habeas.field.FieldRegistrations;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Field registrations through the JSON API: the phone's signed capture, and the staff's reads. */
@RestController
@RequestMapping("/api/v1/field-registrations")
@Tag(
    name = "Field registrations",
    description =
        "An arresting officer's capture of an apprehension, signed on the phone with a device key"
            + " an administrator approved; the custody record is opened from it at the facility")
class FieldRegistrationsApi {

  /** The largest capture body accepted (a capture is a few hundred bytes). */
  static final int MAX_BODY = 16 * 1024;

  private final FieldRegistrations registrations;

  FieldRegistrationsApi(FieldRegistrations registrations) {
    this.registrations = registrations;
  }

  /** What the phone is answered. */
  record ReceivedJson(String id, Instant receivedAt, long gapSeconds) {}

  @PostMapping(consumes = "application/json")
  @Operation(
      summary = "Send a signed field capture (no sign-in: the device signature authenticates it)",
      description =
          "captureId (UUID), deviceKeyId, capturedAt, apprehendedAt (ISO instants), person {name,"
              + " birthDate, nationalId, description} (a name or a description), place {latitude,"
              + " longitude (six decimals at most), accuracyMetres, address}, grounds, unit,"
              + " toFacilityId, officers [..], signature (base64 of the 64-byte P1363 ECDSA"
              + " P-256 SHA-256 signature over the UTF-8 of the compact JSON array"
              + " [\"habeas-field-registration/v1\", captureId, deviceKeyId, capturedAt,"
              + " apprehendedAt, name, birthDate, nationalId, description, lat.toFixed(6),"
              + " lon.toFixed(6), String(accuracy), address, grounds, unit, toFacilityId,"
              + " officers], absent values null). 201 with the server's id, the receipt time and"
              + " the gap; the same capture again 200 with the same answer; the same captureId"
              + " with other content 409; an unknown, pending or revoked key or a bad signature"
              + " 403; bad fields 400, each named.")
  ResponseEntity<ReceivedJson> registerFieldCapture(@RequestBody byte[] body) {
    if (body.length > MAX_BODY) {
      throw new Problem(Problem.Kind.INVALID, "problem.bodyLimit", List.of(), MAX_BODY / 1024);
    }
    var received = registrations.register(body);
    return ResponseEntity.status(received.created() ? 201 : 200)
        .body(
            new ReceivedJson(
                received.id().toString(), received.receivedAt(), received.gapSeconds()));
  }

  @GetMapping
  @Operation(
      summary = "The field registrations you may see",
      description =
          "status=pending: only those no custody record was opened from yet. The destination"
              + " facility's custody officers, the region's prosecutors and the monitors; others"
              + " 403. Each read of a person is logged.")
  List<FieldRegistrations.View> fieldRegistrations(
      Actor me, @RequestParam(required = false) @Nullable String status) {
    if (status != null && !status.equals("pending") && !status.equals("all")) {
      throw Problem.badField("status", "field.oneOf", "pending, all");
    }
    return registrations.list(me, "pending".equals(status));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One field registration (404 if you may not see it)")
  FieldRegistrations.View fieldRegistration(Actor me, @PathVariable String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw Problem.notFound("fieldRegistration.notFound");
    }
    return registrations.find(me, uuid);
  }
}
