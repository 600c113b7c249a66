package org.habeas.ledger.note;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/** Pure Ed25519 (RFC 8032, no pre-hash) signing and verification with the JDK's provider. */
final class Ed25519 {

  static final int SIGNATURE_LENGTH = 64;

  private Ed25519() {}

  static byte[] sign(PrivateKey key, byte[] message) {
    try {
      // A Signature object is stateful and not thread-safe, so each call takes its own.
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(key);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  static boolean verify(PublicKey key, byte[] message, byte[] signature) {
    if (signature.length != SIGNATURE_LENGTH) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (SignatureException e) {
      return false; // a malformed signature is simply not a valid one
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("not an Ed25519 key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK must support Ed25519", e);
    }
  }
}
