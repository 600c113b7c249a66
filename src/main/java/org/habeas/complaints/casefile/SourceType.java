package org.habeas.complaints.casefile;

/** Where information in the case file comes from. */
public enum SourceType {
  VICTIM,
  WITNESS,
  RELATIVE,
  LAWYER,
  MEDICAL_RECORD,
  CUSTODY_RECORD,
  VIDEO,
  OFFICIAL_DOCUMENT,
  NGO_OR_MEDIA,
  OTHER
}
