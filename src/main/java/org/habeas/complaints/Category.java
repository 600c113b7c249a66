package org.habeas.complaints;

/** What a complaint is about, set at triage. */
public enum Category {
  TORTURE,
  ILL_TREATMENT,
  UNLAWFUL_DETENTION,
  DENIAL_OF_LAWYER,
  CONDITIONS,
  OTHER
}
