package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * An upgrade of Habeas that ships a corrected profile stores it as the next version, in force from
 * the upgrade, so records apprehended before it keep the version they were apprehended under; a
 * version an administrator uploaded is left alone.
 */
class ShippedProfileUpgradeTest {

  private static final Instant UPGRADE = Instant.parse("2026-12-07T12:00:00Z");

  private JdbcClient jdbc;
  private Profiles profiles;
  private DataSourceTransactionManager transactions;

  @BeforeEach
  void database() {
    var ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    jdbc = JdbcClient.create(ds);
    jdbc.sql(
            "create table safeguards_profile_version (profile_id varchar(32) not null, version int"
                + " not null, document text not null, in_force_from timestamp with time zone not"
                + " null, uploaded_by varchar(100) not null, uploaded_at timestamp with time zone"
                + " not null, primary key (profile_id, version))")
        .update();
    transactions = new DataSourceTransactionManager(ds);
    profiles = new Profiles(jdbc, Clock.fixed(UPGRADE, ZoneOffset.UTC), transactions, null, null);
  }

  @Test
  void aFreshDatabaseGetsTheShippedProfilesAsVersionOneInForceForEveryRecord() {
    profiles.seed();

    assertThat(versions("kz")).containsExactly("1 system 1970-01-01T00:00:00Z");
    assertThat(document("kz", 1)).isEqualTo(ShippedProfiles.document("kz"));
  }

  @Test
  void aShippedProfileChangedSinceIsTheNextVersionInForceFromTheUpgrade() {
    given("kz", 1, "profile: kz # as shipped before issue 16", Profiles.SYSTEM);

    profiles.seed();

    assertThat(versions("kz"))
        .containsExactly("1 system 1970-01-01T00:00:00Z", "2 system " + UPGRADE);
    assertThat(document("kz", 2)).isEqualTo(ShippedProfiles.document("kz"));
    // Seeding again (a restart, another instance) adds nothing.
    restarted().seed();
    assertThat(versions("kz")).hasSize(2);
  }

  @Test
  void aVersionTheAdministratorUploadedIsLeftAlone() {
    given("kz", 1, ShippedProfiles.document("kz"), Profiles.SYSTEM);
    given("kz", 2, "profile: kz # the administrator's own", "admin");

    profiles.seed();

    assertThat(versions("kz")).hasSize(2);
    assertThat(document("kz", 2)).isEqualTo("profile: kz # the administrator's own");
  }

  @Test
  void anUnchangedShippedProfileIsNotStoredTwice() {
    given("ew", 1, ShippedProfiles.document("ew"), Profiles.SYSTEM);

    profiles.seed();

    assertThat(versions("ew")).containsExactly("1 system 1970-01-01T00:00:00Z");
  }

  private Profiles restarted() {
    return new Profiles(
        jdbc, Clock.fixed(UPGRADE.plusSeconds(60), ZoneOffset.UTC), transactions, null, null);
  }

  private void given(String id, int version, String document, String by) {
    jdbc.sql("insert into safeguards_profile_version values (?, ?, ?, ?, ?, ?)")
        .params(
            id,
            version,
            document,
            Timestamp.from(version == 1 ? ProfileVersion.BEGINNING : UPGRADE.minusSeconds(3600)),
            by,
            Timestamp.from(UPGRADE.minusSeconds(7200)))
        .update();
  }

  private List<String> versions(String id) {
    return jdbc.sql(
            "select version, uploaded_by, in_force_from from safeguards_profile_version where"
                + " profile_id = ? order by version")
        .param(id)
        .query(
            (rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getTimestamp(3).toInstant())
        .list();
  }

  private String document(String id, int version) {
    return jdbc.sql(
            "select document from safeguards_profile_version where profile_id = ? and version = ?")
        .params(id, version)
        .query(String.class)
        .single();
  }
}
