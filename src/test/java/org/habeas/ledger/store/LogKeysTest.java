package org.habeas.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.habeas.ledger.LedgerSettings;
import org.habeas.ledger.note.Ed25519NoteSigner;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogKeysTest {

  @TempDir Path dir;

  @Test
  void originIsTheLogsUrlPrefixWithoutScheme() {
    assertThat(LogKeys.originOf("https://habeas.example/kz")).isEqualTo("habeas.example/kz/ledger");
    assertThat(LogKeys.originOf("https://habeas.example/kz/"))
        .isEqualTo("habeas.example/kz/ledger");
    assertThat(LogKeys.originOf("http://localhost:8081")).isEqualTo("localhost:8081/ledger");
  }

  @Test
  void generatesTheKeyFileOnceAndReadsItBack() throws Exception {
    var file = dir.resolve("data/ledger.key");

    var generated = LogKeys.load(settings(null, null, file), "https://habeas.example/kz");
    var read = LogKeys.load(settings(null, null, file), "http://elsewhere:9999");

    assertThat(generated.keyName()).isEqualTo("habeas.example/kz/ledger");
    assertThat(read.verifierKey()).isEqualTo(generated.verifierKey());
    assertThat(Files.readString(file)).startsWith("PRIVATE+KEY+habeas.example/kz/ledger+");
    assertThat(Files.getPosixFilePermissions(file).toString())
        .isEqualTo("[OWNER_READ, OWNER_WRITE]");
  }

  @Test
  void keyTextWinsOverTheFileAndMustMatchAConfiguredOrigin() {
    var text = Ed25519NoteSigner.privateKeyText("log.example/ledger", new byte[32]);
    var file = dir.resolve("never-written.key");

    var key = LogKeys.load(settings(null, text, file), "https://habeas.example");

    assertThat(key.keyName()).isEqualTo("log.example/ledger");
    assertThat(Files.exists(file)).isFalse();
    assertThatThrownBy(() -> LogKeys.load(settings("other.example/ledger", text, file), "x:"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("other.example/ledger");
  }

  private static LedgerSettings settings(
      @Nullable String origin, @Nullable String key, Path keyFile) {
    return new LedgerSettings(
        origin, key, keyFile, null, Duration.ZERO, 256, Duration.ofSeconds(1));
  }
}
