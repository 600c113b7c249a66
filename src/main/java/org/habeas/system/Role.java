package org.habeas.system;

/** The roles of docs/design/product.md ("Who uses it"); a user has exactly one. */
public enum Role {
  CUSTODY_OFFICER,
  INVESTIGATOR,
  DOCTOR,
  PROSECUTOR,
  LAWYER,
  MONITOR,
  TRAINER,
  FOCAL_POINT,
  ADMIN;

  /** The Spring Security authority, e.g. {@code ROLE_CUSTODY_OFFICER}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
