package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples from RFC 8949 Appendix A and the deterministic encoding rules of §4.2.1. */
class CborTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void encodesTheRfcExamplesInShortestForm() {
    Object[][] examples = {
      {0L, "00"},
      {23L, "17"},
      {24L, "1818"},
      {100L, "1864"},
      {1000L, "1903e8"},
      {1000000L, "1a000f4240"},
      {1000000000000L, "1b000000e8d4a51000"},
      {Long.MAX_VALUE, "1b7fffffffffffffff"},
      {-1L, "20"},
      {-1000L, "3903e7"},
      {Long.MIN_VALUE, "3b7fffffffffffffff"},
      {false, "f4"},
      {true, "f5"},
      {"", "60"},
      {"a", "6161"},
      {"IETF", "6449455446"},
      {"\u00fc", "62c3bc"},
      {HEX.parseHex("01020304"), "4401020304"},
      {List.of(1L, 2L, 3L), "83010203"},
      {Map.of("a", 1L, "b", List.of(2L, 3L)), "a26161016162820203"}
    };
    for (Object[] example : examples) {
      assertThat(HEX.formatHex(Cbor.encode(example[0]))).as("%s", example[1]).isEqualTo(example[1]);
    }
    assertThat(HEX.formatHex(Cbor.encode(null))).isEqualTo("f6");
  }

  @Test
  void ordersMapKeysByTheirEncodedBytes() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("aa", 1L);
    map.put("z", 2L);
    map.put("b", 3L);

    // "b" (61 62) < "z" (61 7a) < "aa" (62 61 61): shorter keys first, then bytewise.
    assertThat(HEX.formatHex(Cbor.encode(map))).isEqualTo("a3" + "616203" + "617a02" + "62616101");
  }

  @Test
  void decodesWhatItEncodes() {
    Map<String, Object> map = new HashMap<>();
    map.put("n", -70000L);
    map.put("list", List.of("x", true));
    map.put("bytes", new byte[] {1, 2});
    map.put("none", null);

    Object decoded = CborReader.decode(Cbor.encode(map));

    assertThat(Cbor.encode(decoded)).isEqualTo(Cbor.encode(map));
    assertThat(((Map<?, ?>) decoded).get("n")).isEqualTo(-70000L);
    assertThat((byte[]) ((Map<?, ?>) decoded).get("bytes")).containsExactly(1, 2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1817", // 23 in two bytes
        "190017", // 23 in three bytes
        "1b7fffffffffffffff00", // trailing byte
        "1bffffffffffffffff", // beyond a signed long
        "5f4101ff", // indefinite-length byte string
        "a2616202616101", // keys out of order
        "a2616101616102", // duplicate key
        "a1010102", // non-text key
        "c11a514b67b0", // tag
        "f93c00", // half-precision float
        "62c3", // truncated text
        "62c328" // invalid UTF-8
      })
  void rejectsEverythingButTheDeterministicEncoding(String hex) {
    assertThatThrownBy(() -> CborReader.decode(HEX.parseHex(hex)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesValuesWithoutADeterministicEncoding() {
    assertThatThrownBy(() -> Cbor.encode(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cbor.encode(Map.of(1L, "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
