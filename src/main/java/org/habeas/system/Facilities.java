package org.habeas.system;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The regions and facilities Habeas knows, with their names in each language. Configuration:
 * administrators add and change them (each change audited by {@link AdminActions}).
 */
@Component
public class Facilities {

  /** The jurisdictions a facility may be under: the shipped safeguards profiles. */
  public static final List<String> JURISDICTIONS = List.of("kz", "cpt", "ew");

  /** Facilities change rarely; other instances' additions show within this time. */
  private static final Duration FRESH = Duration.ofSeconds(60);

  private final JdbcClient jdbc;
  private volatile List<Facility> cached = List.of();
  private volatile long loadedAt;
  private volatile boolean stale = true;

  Facilities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Facility> all() {
    if (stale || System.nanoTime() - loadedAt > FRESH.toNanos() || cached.isEmpty()) {
      reload();
    }
    return cached;
  }

  private void reload() {
    stale = false;
    cached = load();
    loadedAt = System.nanoTime();
  }

  private List<Facility> load() {
    var names = new HashMap<String, Map<String, String>>();
    jdbc.sql("select facility_id, lang, name from facility_name")
        .query(
            rs -> {
              names
                  .computeIfAbsent(rs.getString("facility_id"), k -> new HashMap<>())
                  .put(rs.getString("lang"), rs.getString("name"));
            });
    return jdbc.sql("select * from facility order by region_code, id")
        .query(
            (rs, i) ->
                new Facility(
                    rs.getString("id"),
                    rs.getString("name"),
                    rs.getString("kind"),
                    rs.getString("region_code"),
                    ZoneId.of(rs.getString("zone")),
                    rs.getString("jurisdiction"),
                    names.getOrDefault(rs.getString("id"), Map.of())))
        .list();
  }

  public Optional<Facility> find(String id) {
    var found = all().stream().filter(f -> f.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      reload(); // perhaps added a moment ago on another instance
      found = cached.stream().filter(f -> f.id().equals(id)).findFirst();
    }
    return found;
  }

  public List<Region> regions() {
    return jdbc.sql("select * from region order by code")
        .query(
            (rs, i) ->
                new Region(
                    rs.getString("code"),
                    rs.getString("name_en"),
                    rs.getString("name_ru"),
                    rs.getString("name_kk"),
                    ZoneId.of(rs.getString("zone"))))
        .list();
  }

  public Optional<Region> region(String code) {
    return regions().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  public void addRegion(Region r) {
    jdbc.sql("insert into region (code, name_en, name_ru, name_kk, zone) values (?, ?, ?, ?, ?)")
        .params(r.code(), r.nameEn(), r.nameRu(), r.nameKk(), r.zone().getId())
        .update();
  }

  /** Changes a region's names and zone (its code stays). */
  public void updateRegion(Region r) {
    jdbc.sql("update region set name_en = ?, name_ru = ?, name_kk = ?, zone = ? where code = ?")
        .params(r.nameEn(), r.nameRu(), r.nameKk(), r.zone().getId(), r.code())
        .update();
  }

  /** Adds a facility with its names per language. */
  public void add(Facility f) {
    jdbc.sql(
            "insert into facility (id, name, kind, region_code, zone, jurisdiction)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            f.id(), f.defaultName(), f.kind(), f.regionCode(), f.zone().getId(), f.jurisdiction())
        .update();
    storeNames(f);
    changed();
  }

  /** Changes a facility: everything but its id, names per language included. */
  public void update(Facility f) {
    jdbc.sql(
            "update facility set name = ?, kind = ?, region_code = ?, zone = ?, jurisdiction = ?"
                + " where id = ?")
        .params(
            f.defaultName(), f.kind(), f.regionCode(), f.zone().getId(), f.jurisdiction(), f.id())
        .update();
    jdbc.sql("delete from facility_name where facility_id = ?").param(f.id()).update();
    storeNames(f);
    changed();
  }

  /**
   * Forgets the cached list now and again when the transaction ends: a rolled-back change read into
   * the cache meanwhile must not stay there.
   */
  private void changed() {
    stale = true;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              stale = true;
            }
          });
    }
  }

  private void storeNames(Facility f) {
    f.names().entrySet().stream()
        .filter(e -> !e.getValue().isBlank())
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                jdbc.sql("insert into facility_name (facility_id, lang, name) values (?, ?, ?)")
                    .params(f.id(), e.getKey(), e.getValue())
                    .update());
  }
}
