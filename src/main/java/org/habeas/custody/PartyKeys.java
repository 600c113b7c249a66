package org.habeas.custody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the access index {@code custody_party} keeps the names of lawyers and interrogators: as a
 * keyed hash (HMAC-SHA256 under this instance's party key), never in clear (issue 14, finding 9). A
 * record is still found by a lawyer's or an investigator's name, by hashing their name the same
 * way; whoever reads the database alone cannot tell whose records they are, not even by trying the
 * names of a bar's few thousand members.
 *
 * <p>The key lives outside the database: {@code habeas.custody.party-key} (the environment variable
 * {@code HABEAS_CUSTODY_PARTY_KEY}, 32 bytes in Base64), else the key file {@code
 * habeas.custody.party-key-file}, generated on first start. Every instance must use the same key;
 * back it up with the ledger key. A new key makes the index be rebuilt from the events ({@link
 * PartyRekey}).
 *
 * <p>Facility ids are no one's personal data and stay in clear.
 */
@Component
class PartyKeys {

  private static final Logger log = LoggerFactory.getLogger(PartyKeys.class);
  private static final String HMAC = "HmacSHA256";

  private final byte[] key;

  @Autowired
  PartyKeys(
      @Value("${habeas.custody.party-key:}") String key,
      @Value("${habeas.custody.party-key-file:./data/custody-party.key}") Path file) {
    this(key.isBlank() ? fromFile(file) : decode(key.strip(), "habeas.custody.party-key"));
  }

  /** A party key given as it is (tests). */
  PartyKeys(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the custody party key must have at least 32 bytes");
    }
    this.key = key.clone();
  }

  /** The index key of a name of the given kind: a keyed hash for people, a facility id as it is. */
  String of(String kind, String name) {
    var folded = fold(name);
    return Parties.FACILITY.equals(kind) ? folded : hash(folded);
  }

  /** A value that shows whether the key changed, and tells nothing of the key. */
  String fingerprint() {
    return hash("habeas custody party key fingerprint");
  }

  /** How names are compared: trimmed, lower-case, inner spaces folded. */
  static String fold(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private String hash(String text) {
    try {
      var mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }

  private static byte[] fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        generate(file);
      }
      return decode(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the custody party key " + file, e);
    }
  }

  /**
   * Writes a new random key, unless another instance just did: the file appears whole (a link to a
   * finished temporary file) and never replaces one already there.
   */
  private static void generate(Path file) throws IOException {
    var bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    var dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    var temp = Files.createTempFile(dir, "custody-party", ".key");
    try {
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: its defaults apply.
      }
      Files.writeString(temp, Base64.getEncoder().encodeToString(bytes) + "\n");
      try {
        Files.createLink(file, temp);
      } catch (UnsupportedOperationException noLinks) {
        Files.move(temp, file); // never over an existing file either
      }
      log.warn(
          "Custody: generated a new party key in {} (back it up with the ledger key)",
          file.toAbsolutePath());
    } catch (FileAlreadyExistsException e) {
      // Another instance wrote it first: that one is the key.
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static byte[] decode(String text, String where) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the custody party key in " + where + " is not Base64", e);
    }
  }
}
