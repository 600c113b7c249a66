package org.habeas.complaints;

/** How the complainant wants to be contacted, if at all. */
public enum ContactPreference {
  NONE,
  PHONE,
  EMAIL,
  POST,
  THROUGH_LAWYER;

  /** Whether this way needs a contact (a number or an address). */
  public boolean needsContact() {
    return this == PHONE || this == EMAIL || this == POST;
  }
}
