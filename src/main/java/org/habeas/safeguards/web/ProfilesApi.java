package org.habeas.safeguards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.habeas.safeguards.ProfileVersion;
import org.habeas.safeguards.Profiles;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The profiles' versions for administrators: list them, read one, upload the next. */
@RestController
@RequestMapping(path = "/api/v1/safeguards/profiles")
@Tag(name = "Safeguards profiles", description = "Versioned jurisdiction profiles (administrators)")
class ProfilesApi {

  private final Profiles profiles;

  ProfilesApi(Profiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping(path = "/{id}/versions", produces = "application/json")
  @Operation(summary = "Every version of a profile, oldest first")
  List<ProfileVersion> versions(Actor me, @PathVariable String id) {
    admin(me);
    var versions = profiles.versions(id);
    if (versions.isEmpty()) {
      throw Problem.notFound("safeguards.profile.unknown");
    }
    return versions;
  }

  @GetMapping(path = "/{id}/versions/{version}", produces = "application/yaml")
  @Operation(summary = "The document of one version, as stored")
  String document(Actor me, @PathVariable String id, @PathVariable int version) {
    admin(me);
    return profiles
        .document(id, version)
        .orElseThrow(() -> Problem.notFound("safeguards.profile.unknown"));
  }

  @PostMapping(path = "/{id}", produces = "application/json")
  @Operation(
      summary = "Upload a new version",
      description =
          "The body is the profile document (YAML). Valid, it is stored as the next version, in"
              + " force for records apprehended from now on. Invalid, it is refused with 422 and"
              + " every problem on the field `document`, each naming its line and column; the"
              + " running version stays.")
  @RequestBody(description = "The profile document, YAML")
  ResponseEntity<ProfileVersion> upload(
      Actor me,
      @PathVariable String id,
      @org.springframework.web.bind.annotation.RequestBody String document) {
    admin(me);
    if (profiles.versions(id).isEmpty()) {
      throw Problem.notFound("safeguards.profile.unknown");
    }
    var stored = profiles.upload(me, id, document);
    return ResponseEntity.status(201)
        .header("Location", "/api/v1/safeguards/profiles/" + id + "/versions/" + stored.version())
        .body(stored);
  }

  private static void admin(Actor me) {
    if (!me.is(Role.ADMIN)) {
      throw Problem.forbidden("safeguards.profile.forbidden");
    }
  }
}
