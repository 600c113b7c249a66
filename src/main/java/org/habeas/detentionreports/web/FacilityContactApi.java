package org.habeas.detentionreports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.habeas.detentionreports.DetentionLookup;
import org.habeas.system.Actor;
import org.habeas.system.JsonProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** What the lookup tells of a facility besides its name: set by an administrator. */
@RestController
@Tag(name = "Detention lookup")
class FacilityContactApi {

  private final DetentionLookup lookup;
  private final JsonMapper json;

  FacilityContactApi(DetentionLookup lookup, JsonMapper json) {
    this.lookup = lookup;
    this.json = json;
  }

  /** The facility's public address and phone. */
  record ContactJson(@Nullable String address, @Nullable String phone) {}

  @PostMapping(
      path = "/api/v1/detention-lookup/facilities/{facilityId}/contact",
      consumes = "application/json")
  @Operation(
      summary = "Set a facility's public address and phone (administrators)",
      description =
          "Body {\"address\": \"…\", \"phone\": \"…\"}: what the lookup gives with the facility's"
              + " name from now on; earlier ones are kept. 404 for an unknown facility.")
  ResponseEntity<Void> set(Actor me, @PathVariable String facilityId, @RequestBody byte[] body) {
    ContactJson c;
    try {
      c = json.readValue(body, ContactJson.class);
    } catch (JacksonException e) {
      throw JsonProblems.from(e);
    }
    lookup.setContact(me, facilityId, c.address(), c.phone());
    return ResponseEntity.noContent().build();
  }
}
