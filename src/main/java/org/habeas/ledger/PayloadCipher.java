package org.habeas.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a custody event's stored JSON with AES-256-GCM under its record's data key, so that erasing
 * the record key (crypto-shredding, docs/design/ledger-research.md §7.7) leaves the append-only row
 * in place but unreadable.
 *
 * <pre>
 * k_data = HMAC-SHA256(k_rec, "custody-tlog/v1 payload-key\n")
 * sealed = "sealed:v1:" || base64(nonce[12] || AES-256-GCM(k_data, nonce, json, aad)[… || tag 16])
 * aad    = "custody-event/v1\n" || record id || "\n" || seq
 * </pre>
 *
 * <p>The data key is derived from the record key, so the one row that erasure deletes opens both
 * the commitments and the payloads. The associated data binds each sealed payload to its row: a
 * ciphertext copied onto another event or record fails authentication.
 */
public final class PayloadCipher {

  /** What every sealed payload starts with; stored JSON (a record from before sealing) cannot. */
  public static final String PREFIX = "sealed:v1:";

  private static final byte[] DATA_KEY_LABEL =
      "custody-tlog/v1 payload-key\n".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE_LENGTH = 12;
  private static final int TAG_BITS = 128;

  /**
   * Cipher and MAC objects to use again: {@code Cipher.getInstance} walks the providers on every
   * call, which was half the cost of opening an event on the custody board (JFR,
   * docs/performance.md). An object is used by one thread at a time, taken from the queue and put
   * back after use, and initialised afresh on every use (a new nonce for every seal).
   */
  private static final Queue<Cipher> CIPHERS = new ConcurrentLinkedQueue<>();

  private static final Queue<Mac> MACS = new ConcurrentLinkedQueue<>();

  private PayloadCipher() {}

  /** Tells whether a stored payload is sealed, rather than JSON stored before sealing existed. */
  public static boolean isSealed(String stored) {
    return stored.startsWith(PREFIX);
  }

  /** Seals the JSON of event {@code seq} of record {@code recordId} under the record key. */
  public static String seal(
      byte[] recordKey, String recordId, int seq, String json, SecureRandom random) {
    byte[] nonce = new byte[NONCE_LENGTH];
    random.nextBytes(nonce);
    Cipher cipher = takeCipher();
    try {
      init(cipher, Cipher.ENCRYPT_MODE, recordKey, nonce, recordId, seq);
      byte[] sealed = cipher.doFinal(json.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK must provide AES-GCM", e);
    } finally {
      CIPHERS.offer(cipher);
    }
  }

  /**
   * Opens a sealed payload of event {@code seq} of record {@code recordId}.
   *
   * @throws IllegalArgumentException if it is not sealed, or fails authentication: changed, moved
   *     from another row, or sealed under another key
   */
  public static String open(byte[] recordKey, String recordId, int seq, String sealed) {
    if (!isSealed(sealed)) {
      throw new IllegalArgumentException("not a sealed payload");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sealed payload is not base64", e);
    }
    if (bytes.length < NONCE_LENGTH + TAG_BITS / 8) {
      throw new IllegalArgumentException("sealed payload too short");
    }
    byte[] nonce = Arrays.copyOf(bytes, NONCE_LENGTH);
    Cipher cipher = takeCipher();
    try {
      init(cipher, Cipher.DECRYPT_MODE, recordKey, nonce, recordId, seq);
      byte[] json = cipher.doFinal(bytes, NONCE_LENGTH, bytes.length - NONCE_LENGTH);
      return new String(json, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalArgumentException("sealed payload fails authentication", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK must provide AES-GCM", e);
    } finally {
      CIPHERS.offer(cipher);
    }
  }

  /** Returns the data key of a record key. */
  static byte[] dataKey(byte[] recordKey) {
    if (recordKey.length != LeafCommitments.LENGTH) {
      throw new IllegalArgumentException("record keys are 32 bytes");
    }
    Mac mac = MACS.poll();
    try {
      if (mac == null) {
        mac = Mac.getInstance("HmacSHA256");
      }
      mac.init(new SecretKeySpec(recordKey, "HmacSHA256"));
      return mac.doFinal(DATA_KEY_LABEL);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK must provide HmacSHA256", e);
    } finally {
      if (mac != null) {
        MACS.offer(mac);
      }
    }
  }

  private static Cipher takeCipher() {
    Cipher cipher = CIPHERS.poll();
    if (cipher != null) {
      return cipher;
    }
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK must provide AES-GCM", e);
    }
  }

  private static void init(
      Cipher cipher, int mode, byte[] recordKey, byte[] nonce, String recordId, int seq)
      throws GeneralSecurityException {
    cipher.init(
        mode, new SecretKeySpec(dataKey(recordKey), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(
        ("custody-event/v1\n" + recordId + "\n" + seq).getBytes(StandardCharsets.UTF_8));
  }
}
