package org.habeas.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staff directory: who works where, by personnel number. */
@Component
public class StaffDirectory {

  private final JdbcClient jdbc;
  private final Facilities facilities;
  private final Clock clock;

  StaffDirectory(JdbcClient jdbc, Facilities facilities, Clock clock) {
    this.jdbc = jdbc;
    this.facilities = facilities;
    this.clock = clock;
  }

  /** Adds a person; returns their id. Refuses a personnel number already in the directory. */
  public String add(Actor actor, Staff s) {
    TrainingAccess.requireManage(actor);
    if (s.personnelNumber().isBlank()) {
      throw Problem.badField("personnelNumber", "field.NotBlank");
    }
    if (s.fullName().isBlank()) {
      throw Problem.badField("fullName", "field.NotBlank");
    }
    if (!Staff.POSITIONS.contains(s.position())) {
      throw Problem.badField("position", "field.wrongType");
    }
    if (s.facilityId() != null && facilities.find(s.facilityId()).isEmpty()) {
      throw Problem.badField("facilityId", "training.staff.noFacility");
    }
    var id = s.id().isBlank() ? UUID.randomUUID().toString() : s.id();
    try {
      jdbc.sql(
              "insert into training_staff (id, personnel_number, full_name, email, position, agency,"
                  + " facility_id, team, username, language, created_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              Arrays.<@Nullable Object>asList(
                  id,
                  s.personnelNumber().strip(),
                  s.fullName().strip(),
                  blankToNull(s.email()),
                  s.position(),
                  s.agency(),
                  s.facilityId(),
                  blankToNull(s.team()),
                  blankToNull(s.username()),
                  s.language(),
                  Timestamp.from(clock.instant())))
          .update();
    } catch (DuplicateKeyException e) {
      throw Problem.badField("personnelNumber", "training.staff.duplicate");
    }
    return id;
  }

  public Optional<Staff> find(String id) {
    return jdbc.sql("select * from training_staff where id = ?")
        .param(id)
        .query(StaffDirectory::staff)
        .optional();
  }

  /** Everyone, by facility then name: the matching of an import reads the whole directory. */
  public List<Staff> all() {
    return jdbc.sql("select * from training_staff order by facility_id, full_name")
        .query(StaffDirectory::staff)
        .list();
  }

  public List<Staff> page(@Nullable String facilityId, int offset, int limit) {
    var where = facilityId == null ? "" : " where facility_id = :facility";
    var spec =
        jdbc.sql(
            "select * from training_staff"
                + where
                + " order by facility_id, full_name, id limit :limit offset :offset");
    if (facilityId != null) {
      spec = spec.param("facility", facilityId);
    }
    return spec.param("limit", limit).param("offset", offset).query(StaffDirectory::staff).list();
  }

  public long count(@Nullable String facilityId) {
    return facilityId == null
        ? jdbc.sql("select count(*) from training_staff").query(Long.class).single()
        : jdbc.sql("select count(*) from training_staff where facility_id = ?")
            .param(facilityId)
            .query(Long.class)
            .single();
  }

  static Staff staff(ResultSet rs, int i) throws SQLException {
    return new Staff(
        rs.getString("id"),
        rs.getString("personnel_number"),
        rs.getString("full_name"),
        rs.getString("email"),
        rs.getString("position"),
        rs.getString("agency"),
        rs.getString("facility_id"),
        rs.getString("team"),
        rs.getString("username"),
        rs.getString("language"));
  }

  static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Upper case, spaces collapsed: how names and numbers are compared. */
  public static String key(String s) {
    return s.strip()
        .replaceAll("\\s+", " ")
        .replace('Ё', 'Е')
        .replace('ё', 'е')
        .toUpperCase(Locale.ROOT);
  }
}
