package org.habeas.ledger.note;

/** A trusted public key that checks note signatures made under one key name and key ID. */
public interface NoteVerifier {

  /** Returns the key name this key signs under. */
  String keyName();

  /** Returns the 32-bit key ID this key signs under. */
  int keyId();

  /** Tells whether {@code signature} (without the key ID) is valid over the UTF-8 note text. */
  boolean verify(byte[] text, byte[] signature);
}
