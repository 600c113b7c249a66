package org.habeas.ledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.habeas.ledger.LedgerSettings;
import org.habeas.ledger.note.Ed25519Keys;
import org.habeas.ledger.note.Ed25519NoteSigner;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the log's Ed25519 key outside the database: the {@code habeas.ledger.key} text (the
 * environment variable {@code HABEAS_LEDGER_KEY}), else the key file, which is generated on first
 * start so the demo runs without setup.
 *
 * <p>The key's name is the checkpoint origin. A configured origin must match the key; without one,
 * a new key is named after the base URL (scheme dropped, plus {@code /ledger}, the log's URL
 * prefix, as tlog-tiles recommends) and an existing key keeps its own name.
 */
final class LogKeys {

  private static final Logger log = LoggerFactory.getLogger(LogKeys.class);

  private LogKeys() {}

  static Ed25519NoteSigner load(LedgerSettings settings, String baseUrl) {
    @Nullable String origin = stripped(settings.origin());
    @Nullable String keyText = stripped(settings.key());
    Ed25519NoteSigner key;
    if (keyText != null) {
      key = Ed25519NoteSigner.fromPrivateKeyText(keyText);
    } else if (Files.exists(settings.keyFile())) {
      key = Ed25519NoteSigner.fromPrivateKeyText(read(settings.keyFile()));
    } else {
      key = generate(settings.keyFile(), origin == null ? originOf(baseUrl) : origin);
    }
    if (origin != null && !origin.equals(key.keyName())) {
      throw new IllegalStateException(
          "habeas.ledger.origin is " + origin + " but the log key is named " + key.keyName());
    }
    return key;
  }

  /**
   * Returns the origin a base URL suggests: {@code https://habeas.example/kz} → {@code
   * habeas.example/kz/ledger}.
   */
  static String originOf(String baseUrl) {
    URI uri = URI.create(baseUrl.strip());
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
    return host + port + path + "/ledger";
  }

  private static Ed25519NoteSigner generate(Path file, String name) {
    byte[] seed = Ed25519Keys.newSeed(new SecureRandom());
    String text = Ed25519NoteSigner.privateKeyText(name, seed);
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "ledger", ".key");
      restrict(temp);
      Files.writeString(temp, text + "\n", StandardCharsets.UTF_8);
      // Atomic, so a crash never leaves half a key for the next start to trip over.
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ledger key to " + file, e);
    }
    Ed25519NoteSigner signer = Ed25519NoteSigner.fromSeed(name, seed);
    log.warn(
        "Ledger: generated a new log key in {} (back it up; publish its public key {})",
        file.toAbsolutePath(),
        signer.verifierKey());
    return signer;
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its defaults apply.
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ledger key from " + file, e);
    }
  }

  private static @Nullable String stripped(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
