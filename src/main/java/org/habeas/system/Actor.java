package org.habeas.system;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person a request acts for: who they are, their role, and the facility or region
 * they act for. Access decisions in every module start from here.
 */
public record Actor(
    String username,
    String displayName,
    Role role,
    @Nullable String facilityId,
    @Nullable String regionCode,
    String language) {

  public boolean is(Role r) {
    return role == r;
  }
}
