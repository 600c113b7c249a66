package org.habeas.system.web;

import static org.habeas.system.web.UserFields.text;

import org.habeas.system.FacilityAdministration.FacilityForm;
import org.jspecify.annotations.Nullable;

/** The facility form as posted, bound field by field; what is missing is empty. */
record FacilityFields(
    @Nullable String id,
    @Nullable String kind,
    @Nullable String regionCode,
    @Nullable String nameEn,
    @Nullable String nameRu,
    @Nullable String nameKk,
    @Nullable String zone,
    @Nullable String jurisdiction) {

  /** The form of a new facility: the id as typed, without surrounding spaces. */
  FacilityForm created() {
    return form(text(id).strip());
  }

  /** The form of the facility the page is about. */
  FacilityForm form(String id) {
    return new FacilityForm(
        id,
        text(kind),
        text(regionCode),
        text(nameEn),
        text(nameRu),
        text(nameKk),
        text(zone),
        text(jurisdiction));
  }
}
