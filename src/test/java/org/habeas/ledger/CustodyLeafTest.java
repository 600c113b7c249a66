package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.habeas.ledger.CustodyLeaf.ErasureNotice;
import org.habeas.ledger.CustodyLeaf.EventCommitment;
import org.habeas.ledger.CustodyLeaf.LogAdministration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustodyLeafTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] COMMITMENT =
      HEX.parseHex("4b9f82b8e2b1be8333009e8aa517274c8daf0664d447225ee50e092f6dfabff5");
  private static final long LOGGED_AT = Instant.parse("2026-03-01T17:15:00Z").toEpochMilli();

  @Test
  void encodesAnEventLeafInTheFixedBinaryLayout() {
    CustodyLeaf leaf = new EventCommitment(LOGGED_AT, COMMITMENT);

    assertThat(HEX.formatHex(leaf.encode()))
        .isEqualTo("0101" + "0000019caa656e20" + HEX.formatHex(COMMITMENT));
    assertThat(HEX.formatHex(leaf.leafHash()))
        .isEqualTo("a73aac0b5f9e5db636c063f6060f54cfab6c5b433cb41e7a0fe252b7e8a08065");
  }

  @Test
  void appendsTheReferencesOfAnErasureNotice() {
    CustodyLeaf notice = new ErasureNotice(LOGGED_AT, COMMITMENT, List.of(5L, 9L));

    assertThat(HEX.formatHex(notice.encode()))
        .isEqualTo(
            "0102"
                + "0000019caa656e20"
                + HEX.formatHex(COMMITMENT)
                + "0002"
                + "0000000000000005"
                + "0000000000000009");
  }

  @Test
  void decodesEveryKind() {
    for (CustodyLeaf leaf :
        List.of(
            new EventCommitment(LOGGED_AT, COMMITMENT),
            new ErasureNotice(LOGGED_AT, COMMITMENT, List.of(0L, 1L, Long.MAX_VALUE)),
            new ErasureNotice(LOGGED_AT, COMMITMENT, List.of()),
            new LogAdministration(LOGGED_AT, COMMITMENT))) {
      assertThat(CustodyLeaf.decode(leaf.encode())).isEqualTo(leaf);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0201", // unknown version
        "0104", // unknown kind
        "0101ff", // trailing byte
        "0102", // notice without its reference count
        "0102000300000000000000" // notice with fewer references than it counts
      })
  void rejectsMalformedLeaves(String change) {
    byte[] leaf = HEX.parseHex(mutate(change));

    assertThatThrownBy(() -> CustodyLeaf.decode(leaf)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNegativeTimesAndIndices() {
    assertThatThrownBy(() -> new EventCommitment(-1, COMMITMENT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ErasureNotice(0, COMMITMENT, List.of(-1L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EventCommitment(0, new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // Builds a malformed leaf: the first two hex bytes replace version and kind; the rest is
  // appended.
  private static String mutate(String change) {
    String body = "0000019caa656e20" + HEX.formatHex(COMMITMENT);
    return change.substring(0, 4) + body + change.substring(4);
  }
}
