package org.habeas.system;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person a request acts for: who they are, their role, and the facility or region
 * they act for, and whether they supervise custody (may override what the facility decides, such as
 * a record's legal profile). Access decisions in every module start from here.
 */
public record Actor(
    String username,
    String displayName,
    Role role,
    @Nullable String facilityId,
    @Nullable String regionCode,
    String language,
    boolean supervisor) {

  /** A user who is not a custody supervisor. */
  public Actor(
      String username,
      String displayName,
      Role role,
      @Nullable String facilityId,
      @Nullable String regionCode,
      String language) {
    this(username, displayName, role, facilityId, regionCode, language, false);
  }

  public boolean is(Role r) {
    return role == r;
  }
}
