package org.habeas.safeguards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The profiles that ship with Habeas ({@code kz}, {@code cpt}, {@code ew}), read from {@code
 * safeguards/profiles/<id>.yaml} on the class path: the first version of each, before any
 * administrator's upload.
 */
public final class ShippedProfiles {

  /** The ids of the shipped profiles, in the order the rule pages list them (docs/rules/). */
  public static final List<String> IDS = List.of("kz", "cpt", "ew");

  private static final Map<String, Profile> READ = new ConcurrentHashMap<>();

  // Bases by their English text, over every shipped rule, read once (under the key "").
  private static final Map<String, Map<String, LocalizedText>> BASES = new ConcurrentHashMap<>();

  private ShippedProfiles() {}

  /** The document of a shipped profile, as text, e.g. to store as its first version. */
  public static String document(String id) {
    if (!IDS.contains(id)) {
      throw new IllegalArgumentException("no shipped profile " + id);
    }
    String path = "safeguards/profiles/" + id + ".yaml";
    try (InputStream in = ShippedProfiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A shipped profile, read once. */
  public static Profile get(String id) {
    return READ.computeIfAbsent(id, i -> ProfileReader.read(document(i)));
  }

  /** The shipped profile with the id, if there is one. */
  public static Optional<Profile> find(String id) {
    return IDS.contains(id) ? Optional.of(get(id)) : Optional.empty();
  }

  /**
   * A legal basis as obligations, alerts and reports of a detention store it (in English), in the
   * locale's language if a shipped rule or registration limit cites it; else as stored.
   */
  public static String basis(String english, Locale locale) {
    return BASES
        .computeIfAbsent(
            "",
            k -> {
              var bases = new HashMap<String, LocalizedText>();
              all().forEach(p -> p.rules().forEach(r -> bases.put(r.basis(), r.basisText())));
              all().stream()
                  .map(p -> p.settings().registrationLimit())
                  .filter(Objects::nonNull)
                  .forEach(l -> bases.put(l.basis(), l.basisText()));
              return bases;
            })
        .getOrDefault(english, new LocalizedText(english, english, english))
        .in(locale);
  }

  /** Every shipped profile. */
  public static List<Profile> all() {
    return IDS.stream().map(ShippedProfiles::get).toList();
  }
}
