package org.habeas.complaints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A complaint's reference and the secret its complainant follows it with: random, from an alphabet
 * without the letters read as digits, and only the secret's hash is kept.
 */
final class Secrets {

  private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  static String reference() {
    var sb = new StringBuilder("HC-");
    for (int i = 0; i < 8; i++) {
      sb.append(BASE32[RANDOM.nextInt(32)]);
    }
    return sb.toString();
  }

  static String secret() {
    var sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        sb.append('-');
      }
      sb.append(BASE32[RANDOM.nextInt(32)]);
    }
    return sb.toString();
  }

  /** The stored hash of a secret: spaces and dashes and case do not matter. */
  static String hash(String secret) {
    var normal = secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return sha256(normal.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether a given secret is the one whose hash was stored, in constant time. */
  static boolean matches(String secret, String storedHash) {
    return MessageDigest.isEqual(
        HexFormat.of().parseHex(hash(secret)), HexFormat.of().parseHex(storedHash));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
