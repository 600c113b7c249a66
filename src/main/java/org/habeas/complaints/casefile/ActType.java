package org.habeas.complaints.casefile;

/** What was done: the act types a complaint alleges. */
public enum ActType {
  BEATING,
  ASPHYXIATION,
  ELECTRIC_SHOCK,
  POSITIONAL_TORTURE,
  SEXUAL_VIOLENCE,
  THREATS,
  SLEEP_DEPRIVATION,
  DENIAL_OF_MEDICAL_CARE,
  DENIAL_OF_LAWYER,
  UNLAWFUL_DETENTION,
  OTHER
}
