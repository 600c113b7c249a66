package org.habeas.system.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, and the facilities Habeas knows. */
@RestController
@RequestMapping("/api/v1")
class SystemApi {

  /** The caller as the API shows them. */
  record Me(
      String username,
      String displayName,
      List<String> roles,
      List<String> facilityIds,
      @Nullable String region,
      String language) {}

  /**
   * A facility as the API shows it.
   *
   * @param name the default name, whatever the caller's language (stable for clients)
   * @param names the name per language code (kk, ru, en), where one is kept
   */
  record FacilityJson(
      String id,
      String name,
      String kind,
      String region,
      String zone,
      String jurisdiction,
      Map<String, String> names) {}

  private final Facilities facilities;

  SystemApi(Facilities facilities) {
    this.facilities = facilities;
  }

  @GetMapping("/me")
  Me me(Actor me) {
    return new Me(
        me.username(),
        me.displayName(),
        List.of(me.role().name()),
        me.facilityId() == null ? List.of() : List.of(me.facilityId()),
        me.regionCode(),
        me.language());
  }

  @GetMapping("/facilities")
  List<FacilityJson> facilities() {
    return facilities.all().stream().map(SystemApi::json).toList();
  }

  private static FacilityJson json(Facility f) {
    return new FacilityJson(
        f.id(),
        f.defaultName(),
        f.kind(),
        f.regionCode(),
        f.zone().getId(),
        f.jurisdiction(),
        new TreeMap<>(f.names()));
  }
}
