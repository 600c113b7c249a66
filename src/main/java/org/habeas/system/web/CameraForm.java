package org.habeas.system.web;

import static org.habeas.system.web.UserFields.text;

import org.jspecify.annotations.Nullable;

/**
 * The camera form as typed, bound field by field (every value kept as text, to be shown again);
 * what is missing is empty.
 */
record CameraForm(
    @Nullable String roomKind,
    @Nullable String label,
    @Nullable String status,
    @Nullable String retentionDays) {

  static final CameraForm EMPTY = new CameraForm("", "", "working", "");

  CameraForm {
    roomKind = text(roomKind);
    label = text(label);
    status = text(status);
    retentionDays = text(retentionDays).strip();
  }

  /** The retention in days; what is not a whole number is out of range (-1), so refused. */
  @Nullable Integer retention() {
    var days = text(retentionDays);
    try {
      return days.isEmpty() ? null : Integer.valueOf(days);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
