package org.habeas.safeguards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.habeas.system.Actor;
import org.habeas.system.AdminActions;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The profiles as the database keeps them: every version of each, append-only, with who stored it
 * and when. The shipped documents are version 1, stored on first start; an administrator's upload
 * is the next version, in force for records apprehended from then on. A record apprehended earlier
 * keeps the version it was apprehended under.
 */
@Component
public class Profiles {

  /** Who stored the shipped first versions. */
  public static final String SYSTEM = "system";

  /** The shipped first versions are in force for any record, however old. */
  private static final Instant BEGINNING = ProfileVersion.BEGINNING;

  private final ProfileStore store;
  private final Clock clock;
  private final Map<String, Profile> read = new ConcurrentHashMap<>();
  private final Set<String> seeded = ConcurrentHashMap.newKeySet();

  private final TransactionTemplate apart;

  private final AdminActions audit;

  /**
   * Each profile's versions as (version, in force from), read together and kept for at most {@link
   * #refreshEvery}: versions are only ever added, so the list read is exact until the next upload.
   */
  private record InForce(int[] versions, Instant[] from, long readAt) {}

  private final Map<String, InForce> inForce = new ConcurrentHashMap<>();

  /** Counts this instance's stores, so that a list read before one is not kept after it. */
  private final AtomicLong stores = new AtomicLong();

  private final long refreshEvery;

  /**
   * @param refreshEvery how long the versions in force read from the database are trusted before
   *     they are read again ({@code habeas.safeguards.profile-refresh}, 30 s when null): the bound
   *     on how long another instance judges new records under the previous version after an upload
   *     here. This instance sees its own uploads at once.
   */
  Profiles(
      JdbcClient jdbc,
      Clock clock,
      PlatformTransactionManager transactions,
      @Value("${habeas.safeguards.profile-refresh:PT30S}") @Nullable Duration refreshEvery,
      AdminActions audit) {
    this.refreshEvery = (refreshEvery == null ? Duration.ofSeconds(30) : refreshEvery).toNanos();
    this.audit = audit;
    this.store = new ProfileStore(jdbc);
    this.clock = clock;
    // Seeding runs in its own transaction: a duplicate from another instance must not abort the
    // caller's (on PostgreSQL a failed statement aborts the whole transaction).
    this.apart = new TransactionTemplate(transactions);
    this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Stores the shipped profiles as version 1 where the database has no version of them yet, and a
   * shipped profile that changed since (an upgrade of Habeas) as the next version, in force from
   * now.
   *
   * <p>So a record apprehended before the upgrade keeps being judged under the version it was
   * apprehended under, and only later records under the corrected rules (issue 16). A profile whose
   * newest version an administrator uploaded is left as it is: the administrator chose it, and the
   * profile page's comparison shows what the shipped one would change.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void seed() {
    ShippedProfiles.IDS.forEach(this::seed);
  }

  private void seed(String id) {
    if (seeded.contains(id)) {
      return;
    }
    int latest = latestVersion(id);
    String shipped = ShippedProfiles.document(id);
    if (latest > 0 && !newerShipped(id, latest, shipped)) {
      seeded.add(id);
      return;
    }
    Instant now = clock.instant();
    try {
      apart.executeWithoutResult(
          tx -> store.insert(id, latest + 1, shipped, latest == 0 ? BEGINNING : now, SYSTEM, now));
    } catch (DuplicateKeyException e) {
      // Another instance stored it a moment ago: the same document.
    }
    forgetInForce(id);
    seeded.add(id);
  }

  /** Whether the newest version is a shipped one that this build ships changed. */
  private boolean newerShipped(String id, int latest, String shipped) {
    return store.storedBySystemOtherThan(id, latest, SYSTEM, shipped);
  }

  /** The ids of every profile, the shipped ones first. */
  public List<String> ids() {
    var ids = new ArrayList<>(ShippedProfiles.IDS);
    store.ids().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    return ids;
  }

  /** Every version of the profile, oldest first; empty for an unknown id. */
  public List<ProfileVersion> versions(String id) {
    seedIfShipped(id);
    return store.versions(id);
  }

  /** The stored document of one version, as uploaded. */
  public Optional<String> document(String id, int version) {
    seedIfShipped(id);
    return store.document(id, version);
  }

  /** One version of the profile, read. */
  public Optional<Profile> get(String id, int version) {
    var key = id + "@" + version;
    var cached = read.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    return document(id, version)
        .map(
            doc -> {
              var p = ProfileReader.read(doc);
              var stored = new Profile(id, version, p.title(), p.settings(), p.rules());
              read.put(key, stored);
              return stored;
            });
  }

  /** The newest version of the profile: the one new records are judged under. */
  public Optional<Profile> current(String id) {
    seedIfShipped(id);
    int latest = latestVersion(id);
    return latest == 0 ? Optional.empty() : get(id, latest);
  }

  /**
   * The version in force at the instant (a record's apprehension): the newest stored version whose
   * {@code in_force_from} is not after it.
   *
   * @throws IllegalArgumentException for an unknown profile
   */
  public Profile inForce(String id, Instant at) {
    // Asked on every append (the detention clock, the alert index): answered from the versions
    // read at most refreshEvery ago, so no statement per append. An upload on this instance is seen
    // at once (it forgets the list); one on another instance within refreshEvery, the bound
    // documented in the constructor. A parsed version is kept for good (get): it never changes.
    seedIfShipped(id);
    var known = inForce.get(id);
    if (known == null || System.nanoTime() - known.readAt() > refreshEvery) {
      long storesBefore = stores.get();
      known = readInForce(id);
      if (known.versions().length > 0 && stores.get() == storesBefore) {
        inForce.put(id, known);
      }
    }
    int version = 0;
    for (int i = 0; i < known.versions().length; i++) {
      if (!known.from()[i].isAfter(at) && known.versions()[i] > version) {
        version = known.versions()[i];
      }
    }
    if (version == 0) {
      throw new IllegalArgumentException("no profile " + id + " in force at " + at);
    }
    return get(id, version).orElseThrow();
  }

  private void forgetInForce(String id) {
    stores.incrementAndGet();
    inForce.remove(id);
  }

  private InForce readInForce(String id) {
    long readAt = System.nanoTime();
    var stored = store.inForce(id);
    return new InForce(stored.versions(), stored.from(), readAt);
  }

  /**
   * Stores a new version of the profile, in force from now, and returns it.
   *
   * @throws Problem 403 unless an administrator; 422 {@code safeguards.profile.invalid} with each
   *     problem as a field problem on {@code document}, its line and column first among the
   *     arguments, when the document is not a valid profile of this id. The running version then
   *     stays.
   */
  public ProfileVersion upload(Actor actor, String id, String yaml) {
    if (!actor.is(Role.ADMIN)) {
      throw Problem.forbidden("safeguards.profile.forbidden");
    }
    var errors = check(id, yaml);
    if (!errors.isEmpty()) {
      throw new Problem(
          Problem.Kind.UNPROCESSABLE,
          "safeguards.profile.invalid",
          errors.stream()
              .map(
                  e ->
                      new FieldProblem(
                          "document",
                          "safeguards.profile.errorAt",
                          e.line(),
                          e.column(),
                          e.path(),
                          e.message()))
              .toList(),
          errors.size());
    }
    seedIfShipped(id);
    var now = clock.instant();
    for (int attempt = 0; ; attempt++) {
      int next = latestVersion(id) + 1;
      try {
        apart.executeWithoutResult(tx -> store.insert(id, next, yaml, now, actor.username(), now));
        forgetInForce(id);
        audit.record(actor, AdminActions.Kind.PROFILE_PUBLISHED, id, "version=" + next);
        return new ProfileVersion(id, next, now, actor.username(), now);
      } catch (DuplicateKeyException e) {
        if (attempt >= 3) {
          throw new Problem(Problem.Kind.CONFLICT, "safeguards.profile.conflict", List.of());
        }
      }
    }
  }

  /**
   * Every problem with a document as a version of the profile {@code id}, in document order: the
   * reader's, and a {@code profile} key naming another profile.
   */
  public List<ProfileError> check(String id, String yaml) {
    return ProfileReader.problems(id, yaml);
  }

  /** What changed from one version to another. */
  public Optional<ProfileDiff> diff(String id, int from, int to) {
    var older = get(id, from);
    var newer = get(id, to);
    if (older.isEmpty() || newer.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ProfileDiff.between(older.get(), newer.get()));
  }

  private void seedIfShipped(String id) {
    if (ShippedProfiles.IDS.contains(id)) {
      seed(id);
    }
  }

  private int latestVersion(String id) {
    return store.latestVersion(id);
  }
}
