package org.habeas.training;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate verification codes: 24 characters of Crockford's base32 (120 random bits), printed in
 * groups of four. Reading one forgives case, spaces, dashes and the letters people mistake for
 * digits (O for 0, I and L for 1).
 */
public final class VerificationCodes {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int LENGTH = 24;
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {}

  public static String next() {
    var sb = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(32)));
    }
    return sb.toString();
  }

  /** The stored form of a code as someone typed it, or empty if it cannot be one. */
  public static Optional<String> read(String typed) {
    var s =
        typed
            .toUpperCase(Locale.ROOT)
            .replaceAll("[\\s\\-]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    if (s.length() != LENGTH || !s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  public static String printed(String code) {
    var sb = new StringBuilder();
    for (int i = 0; i < code.length(); i += 4) {
      if (i > 0) {
        sb.append('-');
      }
      sb.append(code, i, Math.min(code.length(), i + 4));
    }
    return sb.toString();
  }
}
