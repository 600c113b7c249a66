package org.habeas.field;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A signed capture as the phone sends it, read strictly (every problem named at once, by its JSON
 * path), and the exact bytes the phone signed: the UTF-8 of the compact JSON array {@code
 * ["habeas-field-registration/v1", captureId, deviceKeyId, capturedAt, apprehendedAt, name,
 * birthDate, nationalId, description, lat, lon, acc, address, grounds, unit, toFacilityId,
 * officers]}, where absent values are null, {@code lat}/{@code lon} are the coordinates with six
 * decimals as text, {@code acc} the accuracy as text, and the times the exact strings sent.
 *
 * <p>The body is read as a tree with a plain mapper, not the application's: its text deserializer
 * normalises to NFC, which would change the signed bytes. Text with a control character other than
 * tab, line feed and carriage return, or an unpaired surrogate, is refused, so Jackson's escaping
 * and JavaScript's {@code JSON.stringify} write the same bytes.
 */
public record Capture(
    UUID captureId,
    String deviceKeyId,
    String capturedAtText,
    Instant capturedAt,
    String apprehendedAtText,
    Instant apprehendedAt,
    Person person,
    Place place,
    String grounds,
    String unit,
    String toFacilityId,
    List<String> officers,
    byte[] signature) {

  /** The version tag the signed array starts with. */
  static final String VERSION = "habeas-field-registration/v1";

  /** The person as the officer captured them; a name or a description at least. */
  public record Person(
      @Nullable String name,
      @Nullable String birthDate,
      @Nullable String nationalId,
      @Nullable String description) {}

  /**
   * Where: the phone's position (six decimals at most) with its accuracy, or an address.
   *
   * @param latitude degrees, with exactly six decimals as text (as JavaScript's {@code toFixed(6)})
   */
  public record Place(
      @Nullable String latitude,
      @Nullable String longitude,
      @Nullable Integer accuracyMetres,
      @Nullable String address) {}

  private static final JsonMapper READER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
  private static final JsonMapper WRITER = JsonMapper.builder().build();
  private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> TOP =
      Set.of(
          "captureId",
          "deviceKeyId",
          "capturedAt",
          "apprehendedAt",
          "person",
          "place",
          "grounds",
          "unit",
          "toFacilityId",
          "officers",
          "signature");
  private static final Set<String> PERSON =
      Set.of("name", "birthDate", "nationalId", "description");
  private static final Set<String> PLACE =
      Set.of("latitude", "longitude", "accuracyMetres", "address");

  /** The most officers one capture names. */
  static final int MAX_OFFICERS = 20;

  /** The bytes the phone signed. */
  byte[] message() {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    a.add(VERSION);
    a.add(captureId.toString());
    a.add(deviceKeyId);
    a.add(capturedAtText);
    a.add(apprehendedAtText);
    a.add(person.name());
    a.add(person.birthDate());
    a.add(person.nationalId());
    a.add(person.description());
    a.add(place.latitude());
    a.add(place.longitude());
    a.add(place.accuracyMetres() == null ? null : String.valueOf(place.accuracyMetres()));
    a.add(place.address());
    a.add(grounds);
    a.add(unit);
    a.add(toFacilityId);
    var o = a.addArray();
    officers.forEach(o::add);
    return WRITER.writeValueAsString(a).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The bytes a capture body must be signed over (its {@code signature} is not read beyond its
   * form): for a device that builds the body first and signs it then, such as the demo data's.
   */
  public static byte[] toSign(byte[] body) {
    return read(body).message();
  }

  /** The SHA-256 of the signed bytes, in hex: the same capture sent again has the same one. */
  String messageHash() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(message()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code key} signed {@link #message()} (ECDSA P-256, SHA-256, r||s). */
  boolean signedBy(PublicKey key) {
    try {
      var verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
      verifier.initVerify(key);
      verifier.update(message());
      return verifier.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  String signatureText() {
    return Base64.getEncoder().encodeToString(signature);
  }

  /** The capture in {@code body}, or a refusal naming every field at fault. */
  static Capture read(byte[] body) {
    JsonNode root;
    try {
      root = READER.readTree(body);
    } catch (JacksonException e) {
      throw new Problem(Problem.Kind.INVALID, "problem.malformedJson", List.of());
    }
    if (root == null || !root.isObject()) {
      throw new Problem(Problem.Kind.INVALID, "problem.malformedJson", List.of());
    }
    var r = new Reading();
    r.unknown(root, "", TOP);
    var captureId = r.text(root, "captureId", 36, true);
    if (captureId != null && !UUID_TEXT.matcher(captureId).matches()) {
      r.bad("captureId", "field.Pattern");
    }
    var keyId = r.text(root, "deviceKeyId", 16, true);
    if (keyId != null && !KEY_ID.matcher(keyId).matches()) {
      r.bad("deviceKeyId", "field.Pattern");
    }
    var capturedText = r.text(root, "capturedAt", 40, true);
    var capturedAt = r.instant("capturedAt", capturedText);
    var apprehendedText = r.text(root, "apprehendedAt", 40, true);
    var apprehendedAt = r.instant("apprehendedAt", apprehendedText);
    var personNode = r.object(root, "person", true);
    Person person = new Person(null, null, null, null);
    if (personNode != null) {
      r.unknown(personNode, "person.", PERSON);
      var name = r.text(personNode, "person.name", 200, false);
      var birth = r.text(personNode, "person.birthDate", 10, false);
      if (birth != null) {
        try {
          if (!DATE.matcher(birth).matches()) {
            throw new DateTimeParseException("format", birth, 0);
          }
          LocalDate.parse(birth);
        } catch (DateTimeParseException e) {
          r.bad("person.birthDate", "field.wrongType");
        }
      }
      var nationalId = r.text(personNode, "person.nationalId", 32, false);
      var description = r.text(personNode, "person.description", 2000, false);
      if (blank(name) && blank(description) && !r.named("person.name")) {
        r.bad("person.name", "fieldRegistration.nameOrDescription");
      }
      person = new Person(name, birth, nationalId, description);
    }
    var placeNode = r.object(root, "place", true);
    Place place = new Place(null, null, null, null);
    if (placeNode != null) {
      r.unknown(placeNode, "place.", PLACE);
      var lat = r.degrees(placeNode, "place.latitude", 90);
      var lon = r.degrees(placeNode, "place.longitude", 180);
      if ((lat == null) != (lon == null) && !r.named("place.latitude")) {
        r.bad(lat == null ? "place.latitude" : "place.longitude", "field.NotNull");
      }
      var acc = r.metres(placeNode, "place.accuracyMetres");
      var address = r.text(placeNode, "place.address", 500, false);
      place = new Place(lat, lon, acc, address);
    }
    var grounds = r.text(root, "grounds", 2000, true);
    var unit = r.text(root, "unit", 200, true);
    var toFacility = r.text(root, "toFacilityId", 32, true);
    var officers = r.officers(root);
    var signatureText = r.text(root, "signature", 200, true);
    byte[] signature = null;
    if (signatureText != null) {
      try {
        signature = Base64.getDecoder().decode(signatureText);
      } catch (IllegalArgumentException e) {
        signature = null;
      }
      if (signature == null || signature.length != 64) {
        r.bad("signature", "fieldRegistration.signatureFormat");
      }
    }
    if (!r.problems.isEmpty()) {
      throw Problem.invalid(r.problems);
    }
    // No problems: every required value is present.
    return new Capture(
        UUID.fromString(req(captureId)),
        req(keyId),
        req(capturedText),
        req(capturedAt),
        req(apprehendedText),
        req(apprehendedAt),
        person,
        place,
        req(grounds),
        req(unit),
        req(toFacility),
        officers,
        req(signature));
  }

  private static <T> T req(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("checked before");
    }
    return value;
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Capture c
        && c.captureId.equals(captureId)
        && Arrays.equals(c.message(), message())
        && Arrays.equals(c.signature, signature);
  }

  @Override
  public int hashCode() {
    return captureId.hashCode();
  }

  @Override
  public String toString() {
    // Nothing personal in a log line.
    return "Capture[" + captureId + "]";
  }

  /** The problems found so far, by field. */
  private static final class Reading {
    final List<FieldProblem> problems = new ArrayList<>();

    void bad(String field, String code, Object... args) {
      if (!named(field)) {
        problems.add(new FieldProblem(field, code, args));
      }
    }

    boolean named(String field) {
      return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    void unknown(JsonNode node, String prefix, Set<String> known) {
      for (var name : node.propertyNames()) {
        if (!known.contains(name)) {
          bad(PlainText.refused(name) ? prefix + "?" : prefix + name, "field.unknown");
        }
      }
    }

    private static String leaf(String path) {
      return path.substring(path.lastIndexOf('.') + 1);
    }

    @Nullable JsonNode object(JsonNode parent, String path, boolean required) {
      var n = parent.get(leaf(path));
      if (n == null || n.isNull()) {
        if (required) {
          bad(path, "field.NotNull");
        }
        return null;
      }
      if (!n.isObject()) {
        bad(path, "field.wrongType");
        return null;
      }
      return n;
    }

    @Nullable String text(JsonNode parent, String path, int max, boolean required) {
      var n = parent.get(leaf(path));
      if (n == null || n.isNull()) {
        if (required) {
          bad(path, "field.NotBlank");
        }
        return null;
      }
      if (!n.isString()) {
        bad(path, "field.wrongType");
        return null;
      }
      var s = n.stringValue();
      if (PlainText.refused(s)) {
        bad(path, PlainText.CODE);
        return null;
      }
      if (s.length() > max) {
        bad(path, "field.Size");
        return null;
      }
      if (required && s.isBlank()) {
        bad(path, "field.NotBlank");
        return null;
      }
      return s;
    }

    @Nullable Instant instant(String path, @Nullable String text) {
      if (text == null) {
        return null;
      }
      try {
        var at = Instant.parse(text);
        if (at.isBefore(FieldRegistrations.EARLIEST) || at.isAfter(FieldRegistrations.LATEST)) {
          bad(path, "fieldRegistration.outOfRange");
          return null;
        }
        return at;
      } catch (DateTimeParseException e) {
        bad(path, "field.wrongType");
        return null;
      }
    }

    @Nullable String degrees(JsonNode parent, String path, int bound) {
      var n = parent.get(leaf(path));
      if (n == null || n.isNull()) {
        return null;
      }
      if (!n.isNumber()) {
        bad(path, "field.wrongType");
        return null;
      }
      BigDecimal d = n.decimalValue();
      if (d.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
        bad(path, "field.Range", -bound, bound);
        return null;
      }
      if (d.stripTrailingZeros().scale() > 6) {
        bad(path, "fieldRegistration.decimals");
        return null;
      }
      var fixed = d.setScale(6).toPlainString();
      // JavaScript writes (-0).toFixed(6) as 0.000000.
      return fixed.equals("-0.000000") ? "0.000000" : fixed;
    }

    @Nullable Integer metres(JsonNode parent, String path) {
      var n = parent.get(leaf(path));
      if (n == null || n.isNull()) {
        return null;
      }
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        bad(path, "field.wrongType");
        return null;
      }
      int m = n.intValue();
      if (m < 0 || m > 1_000_000) {
        bad(path, "field.Range", 0, 1_000_000);
        return null;
      }
      return m;
    }

    List<String> officers(JsonNode root) {
      var n = root.get("officers");
      if (n == null || n.isNull()) {
        bad("officers", "field.NotEmpty");
        return List.of();
      }
      if (!n.isArray()) {
        bad("officers", "field.wrongType");
        return List.of();
      }
      if (n.size() == 0) {
        bad("officers", "field.NotEmpty");
        return List.of();
      }
      if (n.size() > MAX_OFFICERS) {
        bad("officers", "field.Size");
        return List.of();
      }
      var out = new ArrayList<String>();
      for (int i = 0; i < n.size(); i++) {
        var path = "officers[" + i + "]";
        var e = n.get(i);
        if (e == null || !e.isString()) {
          bad(path, "field.wrongType");
          continue;
        }
        var s = e.stringValue();
        if (PlainText.refused(s)) {
          bad(path, PlainText.CODE);
        } else if (s.isBlank()) {
          bad(path, "field.NotBlank");
        } else if (s.length() > 200) {
          bad(path, "field.Size");
        } else {
          out.add(s);
        }
      }
      return List.copyOf(out);
    }
  }
}
