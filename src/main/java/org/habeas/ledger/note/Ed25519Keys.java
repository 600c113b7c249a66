package org.habeas.ledger.note;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Converts between the raw 32-byte Ed25519 keys of RFC 8032, which signed notes and vkeys carry,
 * and the JDK's {@link PublicKey} and {@link PrivateKey} (docs/design/ledger-research.md §4.2).
 */
public final class Ed25519Keys {

  /** The length of a raw public key and of a private key seed. */
  public static final int KEY_LENGTH = 32;

  // The DER header of an X.509 SubjectPublicKeyInfo for Ed25519; the raw key follows it.
  private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private Ed25519Keys() {}

  /** Returns 32 fresh random bytes to use as a private key seed. */
  public static byte[] newSeed(SecureRandom random) {
    byte[] seed = new byte[KEY_LENGTH];
    random.nextBytes(seed);
    return seed;
  }

  /** Returns the JDK public key for a raw 32-byte Ed25519 public key. */
  public static PublicKey publicKey(byte[] raw) {
    requireLength(raw, "public key");
    byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + KEY_LENGTH);
    System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, KEY_LENGTH);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  /** Returns the raw 32-byte form of a JDK Ed25519 public key. */
  public static byte[] rawPublicKey(PublicKey key) {
    byte[] spki = key.getEncoded();
    if (spki == null
        || spki.length != SPKI_PREFIX.length + KEY_LENGTH
        || !Arrays.equals(spki, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
    }
    return Arrays.copyOfRange(spki, SPKI_PREFIX.length, spki.length);
  }

  /** Returns the JDK private key for a 32-byte seed, the form Go's note keys store. */
  public static PrivateKey privateKey(byte[] seed) {
    requireLength(seed, "seed");
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed.clone()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK must support Ed25519", e);
    }
  }

  /**
   * Returns the key pair of a 32-byte seed.
   *
   * <p>The JDK has no call that derives an Ed25519 public key from a private one. Its key pair
   * generator, though, draws exactly the 32 seed bytes from its random source, so it is handed a
   * source that yields the seed; the result is checked to be the seed's own pair.
   */
  public static KeyPair keyPair(byte[] seed) {
    requireLength(seed, "seed");
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, new SeedSource(seed));
      KeyPair pair = generator.generateKeyPair();
      byte[] generated = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
      if (!Arrays.equals(generated, seed)) {
        throw new IllegalStateException("the JDK's Ed25519 generator did not use the seed");
      }
      return pair;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK must support Ed25519", e);
    }
  }

  private static void requireLength(byte[] key, String what) {
    if (key.length != KEY_LENGTH) {
      throw new IllegalArgumentException("Ed25519 " + what + " must be 32 bytes");
    }
  }

  /** A random source that yields one fixed seed, and fails loudly if asked for anything else. */
  private static final class SeedSource extends SecureRandom {
    private final byte[] seed;
    private boolean used;

    SeedSource(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (used || bytes.length != seed.length) {
        throw new IllegalStateException("unexpected request for random bytes");
      }
      used = true;
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }
}
