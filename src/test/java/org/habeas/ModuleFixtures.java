package org.habeas;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.habeas.custody.Apprehended;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Region;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the module tests ({@code *ModuleTests}) stand on: a database of their own, so that the
 * records they write never change what the whole-application tests count in theirs; a region and a
 * facility there; and the officer who works at it.
 */
public final class ModuleFixtures {

  private static @Nullable String database;

  /** When the module tests' people were apprehended. */
  public static final Instant HELD_AT = Instant.parse("2026-12-02T08:00:00Z");

  /** The module tests' facility, on the Kazakh profile. */
  public static final String FACILITY = "mt-tdf1";

  private static final String REGION = "mt";
  private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  private ModuleFixtures() {}

  /**
   * Points the module test's context at the module tests' database: beside the suite's H2 file, or,
   * when the suite runs on PostgreSQL ({@code SPRING_DATASOURCE_URL}), a database of that server
   * named after the suite's with {@code _modules}, created afresh once per test run.
   */
  public static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", ModuleFixtures::url);
  }

  private static synchronized String url() {
    if (database == null) {
      String suite = System.getenv("SPRING_DATASOURCE_URL");
      database =
          suite == null
              ? "jdbc:h2:file:"
                  + System.getenv().getOrDefault("HABEAS_BUILD_DIR", "./target")
                  + "/h2/modules;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
              : freshPostgres(suite);
    }
    return database;
  }

  private static String freshPostgres(String suite) {
    var name = suite.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1") + "_modules";
    var user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
    var password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
    try (Connection c = DriverManager.getConnection(suite, user, password);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the module tests' database " + name, e);
    }
    return suite.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
  }

  /** Adds the region and the facility if an earlier test has not. */
  public static void facility(Facilities facilities) {
    if (facilities.region(REGION).isEmpty()) {
      facilities.addRegion(
          new Region(REGION, "Module tests", "Module tests", "Module tests", ZONE));
    }
    if (facilities.find(FACILITY).isEmpty()) {
      facilities.add(
          new Facility(
              FACILITY,
              "Module tests TDF",
              "temporary-detention-facility",
              REGION,
              ZONE,
              "kz",
              Map.of()));
    }
  }

  /** The apprehension of {@code name} at the facility, caught in the act, on the Kazakh profile. */
  public static Apprehended apprehended(String name) {
    return new Apprehended(
        HELD_AT,
        FACILITY,
        new Person(name, LocalDate.of(1990, 5, 17), null, "KZ", "kk"),
        "caught in the act",
        null,
        null,
        Jurisdiction.KZ);
  }

  /** A custody officer at the facility. */
  public static Actor officer() {
    return new Actor("mt-officer", "Module Officer", Role.CUSTODY_OFFICER, FACILITY, REGION, "en");
  }
}
