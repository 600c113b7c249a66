package org.habeas.system;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The regions and facilities Habeas knows. */
@Component
public class Facilities {

  /** Facilities change rarely; other instances' additions show within this time. */
  private static final java.time.Duration FRESH = java.time.Duration.ofSeconds(60);

  private final JdbcClient jdbc;
  private volatile List<Facility> cached = List.of();
  private volatile long loadedAt = Long.MIN_VALUE;

  Facilities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Facility> all() {
    if (System.nanoTime() - loadedAt > FRESH.toNanos() || cached.isEmpty()) {
      reload();
    }
    return cached;
  }

  private void reload() {
    cached = load();
    loadedAt = System.nanoTime();
  }

  private List<Facility> load() {
    return jdbc.sql("select * from facility order by region_code, id")
        .query(
            (rs, i) ->
                new Facility(
                    rs.getString("id"),
                    rs.getString("name"),
                    rs.getString("kind"),
                    rs.getString("region_code"),
                    ZoneId.of(rs.getString("zone")),
                    rs.getString("jurisdiction")))
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

  public void add(Facility f) {
    jdbc.sql(
            "insert into facility (id, name, kind, region_code, zone, jurisdiction)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(f.id(), f.name(), f.kind(), f.regionCode(), f.zone().getId(), f.jurisdiction())
        .update();
    loadedAt = Long.MIN_VALUE;
  }
}
