package org.habeas.system.web;

/**
 * The Content-Security-Policy of every answer: scripts, styles, images, fonts, requests and forms
 * from this origin only; no plugins, no framing, no {@code <base>} elsewhere. Style attributes
 * remain in some templates (and in the charts' SVG), hence {@code 'unsafe-inline'} for styles
 * alone: a style cannot run code. Images may be {@code data:} URIs (the Swagger UI's icons). No
 * inline script may run, and the pages have none: their behaviour is in {@code /js/habeas.js}.
 */
public final class ContentSecurityPolicy {

  /** The header's value. */
  public static final String VALUE =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private ContentSecurityPolicy() {}
}
