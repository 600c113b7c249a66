package org.habeas.ledger.witness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import org.habeas.ledger.note.Cosigner;
import org.habeas.ledger.note.Ed25519Keys;
import org.habeas.ledger.note.Ed25519NoteSigner;
import org.habeas.ledger.note.StrictBase64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the witness's Ed25519 cosigning key outside the database, as the log key is found: the
 * {@code habeas.ledger.witness.key} text ({@code HABEAS_LEDGER_WITNESS_KEY}), else the key file,
 * generated on first start. It is its own key, never the log key: a cosignature does not name its
 * cosigner, so one key must not speak for two.
 */
final class CosignerKeys {

  private static final Logger log = LoggerFactory.getLogger(CosignerKeys.class);

  private CosignerKeys() {}

  static Cosigner load(WitnessSettings settings, String baseUrl, Clock clock) {
    @Nullable String name = stripped(settings.name());
    @Nullable String keyText = stripped(settings.key());
    String text;
    if (keyText != null) {
      text = keyText;
    } else if (Files.exists(settings.keyFile())) {
      text = read(settings.keyFile());
    } else {
      text = generate(settings.keyFile(), name == null ? nameOf(baseUrl) : name);
    }
    // The Go note form names the key and checks its ID; the seed serves as the cosigning key.
    Ed25519NoteSigner key = Ed25519NoteSigner.fromPrivateKeyText(text);
    if (name != null && !name.equals(key.keyName())) {
      throw new IllegalStateException(
          "habeas.ledger.witness.name is " + name + " but the witness key is " + key.keyName());
    }
    byte[] typed = StrictBase64.decode(text.split("\\+", 5)[4]).orElseThrow();
    return Cosigner.fromSeed(key.keyName(), Arrays.copyOfRange(typed, 1, typed.length), clock);
  }

  /**
   * Returns the key name a base URL suggests: {@code https://habeas.example} → {@code …/witness}.
   */
  static String nameOf(String baseUrl) {
    URI uri = URI.create(baseUrl.strip());
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
    return host + port + path + "/witness";
  }

  private static String generate(Path file, String name) {
    String text = Ed25519NoteSigner.privateKeyText(name, Ed25519Keys.newSeed(new SecureRandom()));
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "witness", ".key");
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: its defaults apply.
      }
      Files.writeString(temp, text + "\n", StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the witness key to " + file, e);
    }
    log.warn("Ledger: generated a new witness key in {} (back it up)", file.toAbsolutePath());
    return text;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the witness key from " + file, e);
    }
  }

  private static @Nullable String stripped(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
