package org.habeas.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the deterministic CBOR that {@link Cbor} writes, and nothing else: any encoding that is
 * not the one {@link Cbor} would produce for the decoded value is rejected.
 *
 * <p>Strictness matters for openings: if two byte strings decoded to the same event, an auditor
 * could be shown one while the commitment covers the other.
 */
final class CborReader {

  private static final int MAX_DEPTH = 32;

  private final ByteBuffer in;

  private CborReader(byte[] bytes) {
    this.in = ByteBuffer.wrap(bytes);
  }

  static @Nullable Object decode(byte[] bytes) {
    CborReader reader = new CborReader(bytes);
    Object value = reader.read(0);
    if (reader.in.hasRemaining()) {
      throw new IllegalArgumentException("trailing bytes after CBOR value");
    }
    return value;
  }

  private @Nullable Object read(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("CBOR nested too deeply");
    }
    int initial = Byte.toUnsignedInt(next(1)[0]);
    int major = initial >>> 5;
    if (major == Cbor.SIMPLE) {
      return switch (initial) {
        case Cbor.FALSE -> false;
        case Cbor.TRUE -> true;
        case Cbor.NULL -> null;
        default -> throw new IllegalArgumentException("unsupported CBOR simple value");
      };
    }
    long argument = argument(initial & 0x1f);
    return switch (major) {
      case Cbor.UNSIGNED -> argument;
      case Cbor.NEGATIVE -> -1 - argument;
      case Cbor.BYTES -> next(length(argument));
      case Cbor.TEXT -> text(next(length(argument)));
      case Cbor.ARRAY -> list(length(argument), depth);
      case Cbor.MAP -> map(length(argument), depth);
      default -> throw new IllegalArgumentException("CBOR tags are not allowed");
    };
  }

  private long argument(int info) {
    long value =
        switch (info) {
          case 24 -> Byte.toUnsignedLong(next(1)[0]);
          case 25 -> Short.toUnsignedLong(ByteBuffer.wrap(next(2)).getShort());
          case 26 -> Integer.toUnsignedLong(ByteBuffer.wrap(next(4)).getInt());
          case 27 -> ByteBuffer.wrap(next(8)).getLong();
          default -> info < 24 ? info : -1;
        };
    long smallest = info == 24 ? 24 : info == 25 ? 0x100 : info == 26 ? 0x1_0000 : 0x1_0000_0000L;
    if (value < 0 || (info >= 24 && value < smallest)) {
      throw new IllegalArgumentException("CBOR argument not in shortest form or out of range");
    }
    return value;
  }

  private List<@Nullable Object> list(int size, int depth) {
    List<@Nullable Object> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(read(depth + 1));
    }
    return Collections.unmodifiableList(list);
  }

  private Map<String, @Nullable Object> map(int size, int depth) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    byte @Nullable [] previousKey = null;
    for (int i = 0; i < size; i++) {
      int start = in.position();
      if (!(read(depth + 1) instanceof String key)) {
        throw new IllegalArgumentException("CBOR map keys must be text");
      }
      byte[] encodedKey = Arrays.copyOfRange(in.array(), start, in.position());
      if (previousKey != null && Arrays.compareUnsigned(previousKey, encodedKey) >= 0) {
        throw new IllegalArgumentException("CBOR map keys not in deterministic order");
      }
      previousKey = encodedKey;
      map.put(key, read(depth + 1));
    }
    return Collections.unmodifiableMap(map);
  }

  private int length(long argument) {
    if (argument > in.remaining()) {
      throw new IllegalArgumentException("CBOR length beyond the input");
    }
    return (int) argument;
  }

  private byte[] next(int count) {
    if (count > in.remaining()) {
      throw new IllegalArgumentException("truncated CBOR");
    }
    byte[] bytes = new byte[count];
    in.get(bytes);
    return bytes;
  }

  private static String text(byte[] utf8) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(utf8))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("CBOR text is not valid UTF-8", e);
    }
  }
}
