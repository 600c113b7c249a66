package org.habeas.ledger.note;

/**
 * A key that signs note texts; the log's checkpoint key and a witness's cosigning key are two.
 *
 * <p>An interface so that the key can live outside the application, in a signer service or an HSM.
 */
public interface NoteSigner {

  /** Returns the key name written on the signature line, usually a schema-less URL. */
  String keyName();

  /** Returns the 32-bit key ID that prefixes every signature. */
  int keyId();

  /** Returns the signature bytes (without the key ID) over the UTF-8 note text. */
  byte[] sign(byte[] text);
}
