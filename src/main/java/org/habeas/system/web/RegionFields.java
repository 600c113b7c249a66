package org.habeas.system.web;

import static org.habeas.system.web.UserFields.text;

import org.habeas.system.FacilityAdministration.RegionForm;
import org.jspecify.annotations.Nullable;

/** The region form as posted, bound field by field; what is missing is empty. */
record RegionFields(
    @Nullable String code,
    @Nullable String nameEn,
    @Nullable String nameRu,
    @Nullable String nameKk,
    @Nullable String zone) {

  /** The form of a new region: the code as typed, without surrounding spaces. */
  RegionForm created() {
    return form(text(code).strip());
  }

  /** The form of the region the page is about. */
  RegionForm form(String code) {
    return new RegionForm(code, text(nameEn), text(nameRu), text(nameKk), text(zone));
  }
}
