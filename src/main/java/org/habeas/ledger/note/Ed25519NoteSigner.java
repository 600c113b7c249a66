package org.habeas.ledger.note;

import java.security.KeyPair;
import java.util.Arrays;
import java.util.HexFormat;

/** Signs notes with an Ed25519 key held in this process, signature type 0x01. */
public final class Ed25519NoteSigner implements NoteSigner {

  private static final String PRIVATE_KEY_PREFIX = "PRIVATE+KEY+";

  private final SigningKey key;

  private Ed25519NoteSigner(String keyName, KeyPair pair) {
    this.key = SigningKey.of(keyName, VerifierKey.ED25519, pair);
  }

  /** Returns the signer for the key pair of a 32-byte seed. */
  public static Ed25519NoteSigner fromSeed(String keyName, byte[] seed) {
    return new Ed25519NoteSigner(keyName, Ed25519Keys.keyPair(seed));
  }

  /** Returns the signer for a JDK Ed25519 key pair. */
  public static Ed25519NoteSigner fromKeyPair(String keyName, KeyPair pair) {
    return new Ed25519NoteSigner(keyName, pair);
  }

  /**
   * Parses the private key text of Go's {@code golang.org/x/mod/sumdb/note}, {@code
   * PRIVATE+KEY+<name>+<hex key ID>+base64(0x01 || seed)}, checking the key ID against the key.
   */
  public static Ed25519NoteSigner fromPrivateKeyText(String text) {
    String[] parts = text.startsWith(PRIVATE_KEY_PREFIX) ? text.split("\\+", 5) : new String[0];
    if (parts.length != 5 || !parts[3].matches("[0-9a-f]{8}")) {
      throw new IllegalArgumentException("malformed private key");
    }
    byte[] typed =
        StrictBase64.decode(parts[4])
            .filter(b -> b.length == 1 + Ed25519Keys.KEY_LENGTH && b[0] == VerifierKey.ED25519)
            .orElseThrow(() -> new IllegalArgumentException("malformed private key"));
    Ed25519NoteSigner signer = fromSeed(parts[2], Arrays.copyOfRange(typed, 1, typed.length));
    if (signer.keyId() != HexFormat.fromHexDigits(parts[3])) {
      throw new IllegalArgumentException("private key ID does not match its key");
    }
    return signer;
  }

  /** Returns the private key text of a seed, the form {@link #fromPrivateKeyText} reads. */
  public static String privateKeyText(String keyName, byte[] seed) {
    Ed25519NoteSigner signer = fromSeed(keyName, seed);
    byte[] typed = new byte[1 + seed.length];
    typed[0] = VerifierKey.ED25519;
    System.arraycopy(seed, 0, typed, 1, seed.length);
    return PRIVATE_KEY_PREFIX
        + keyName
        + "+"
        + HexFormat.of().toHexDigits(signer.keyId())
        + "+"
        + StrictBase64.encode(typed);
  }

  @Override
  public String keyName() {
    return key.keyName();
  }

  @Override
  public int keyId() {
    return key.keyId();
  }

  @Override
  public byte[] sign(byte[] text) {
    return Ed25519.sign(key.privateKey(), text);
  }

  /** Returns the verifier key to publish for this signer. */
  public VerifierKey verifierKey() {
    return key.verifierKey();
  }

  /** Returns a verifier for this signer's signatures. */
  public Ed25519NoteVerifier verifier() {
    return new Ed25519NoteVerifier(verifierKey());
  }

  @Override
  public String toString() {
    return "Ed25519NoteSigner[" + verifierKey() + "]";
  }
}
