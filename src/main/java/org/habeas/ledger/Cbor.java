package org.habeas.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Encodes values as deterministic CBOR (RFC 8949 §4.2.1): shortest argument encodings, definite
 * lengths, and map entries ordered by the bytes of their encoded keys.
 *
 * <p>Only the types a custody event needs are accepted: null, booleans, integers (as {@code long}),
 * text, byte strings, lists and maps with text keys. Floating point is refused, since the same
 * number can have several encodings.
 */
final class Cbor {

  static final int UNSIGNED = 0;
  static final int NEGATIVE = 1;
  static final int BYTES = 2;
  static final int TEXT = 3;
  static final int ARRAY = 4;
  static final int MAP = 5;
  static final int SIMPLE = 7;
  static final int FALSE = 0xf4;
  static final int TRUE = 0xf5;
  static final int NULL = 0xf6;

  private Cbor() {}

  static byte[] encode(@Nullable Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, value);
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, @Nullable Object value) {
    switch (value) {
      case null -> out.write(NULL);
      case Boolean b -> out.write(b ? TRUE : FALSE);
      case Long n -> writeInteger(out, n);
      case Integer n -> writeInteger(out, n);
      case String s -> writeBytes(out, TEXT, s.getBytes(StandardCharsets.UTF_8));
      case byte[] bytes -> writeBytes(out, BYTES, bytes);
      case List<?> list -> {
        head(out, ARRAY, list.size());
        list.forEach(item -> write(out, item));
      }
      case Map<?, ?> map -> writeMap(out, map);
      default ->
          throw new IllegalArgumentException(
              "cannot encode " + value.getClass().getSimpleName() + " deterministically");
    }
  }

  private static void writeInteger(ByteArrayOutputStream out, long n) {
    // A negative n is encoded as the unsigned argument -1 - n, which always fits.
    head(out, n >= 0 ? UNSIGNED : NEGATIVE, n >= 0 ? n : -1 - n);
  }

  private static void writeBytes(ByteArrayOutputStream out, int major, byte[] bytes) {
    head(out, major, bytes.length);
    out.writeBytes(bytes);
  }

  private static void writeMap(ByteArrayOutputStream out, Map<?, ?> map) {
    TreeMap<byte[], @Nullable Object> sorted = new TreeMap<>(Arrays::compareUnsigned);
    map.forEach(
        (key, value) -> {
          if (!(key instanceof String)) {
            throw new IllegalArgumentException("map keys must be text");
          }
          sorted.put(encode(key), value);
        });
    head(out, MAP, sorted.size());
    sorted.forEach(
        (key, value) -> {
          out.writeBytes(key);
          write(out, value);
        });
  }

  static void head(ByteArrayOutputStream out, int major, long argument) {
    int type = major << 5;
    if (argument >= 0 && argument < 24) {
      out.write(type | (int) argument);
    } else if (argument >= 0 && argument <= 0xff) {
      out.write(type | 24);
      out.write((int) argument);
    } else if (argument >= 0 && argument <= 0xffff) {
      out.write(type | 25);
      writeBigEndian(out, argument, 2);
    } else if (argument >= 0 && argument <= 0xffff_ffffL) {
      out.write(type | 26);
      writeBigEndian(out, argument, 4);
    } else {
      out.write(type | 27);
      writeBigEndian(out, argument, 8);
    }
  }

  private static void writeBigEndian(ByteArrayOutputStream out, long value, int bytes) {
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift));
    }
  }
}
