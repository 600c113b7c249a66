package org.habeas.training;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.training.JointEvent.FollowUp;
import org.habeas.training.JointEvent.Participant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Joint events, their participants and follow-up actions: appended, never changed. */
@Component
public class JointEvents {

  private final JdbcClient jdbc;
  private final Clock clock;

  JointEvents(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records an event with its participants and follow-ups, whole or not at all. */
  @Transactional
  public String record(
      Actor actor, JointEvent e, List<Participant> participants, List<FollowUp> followUps) {
    TrainingAccess.requireManage(actor);
    if (!JointEvent.KINDS.contains(e.kind())) {
      throw Problem.badField("kind", "field.wrongType");
    }
    if (e.title().isBlank()) {
      throw Problem.badField("title", "field.NotBlank");
    }
    if (e.partners().isEmpty() || !JointEvent.PARTNERS.containsAll(e.partners())) {
      throw Problem.badField("partners", "training.event.partnersNeeded");
    }
    var now = Timestamp.from(clock.instant());
    var id = e.id().isBlank() ? UUID.randomUUID().toString() : e.id();
    jdbc.sql(
            "insert into training_joint_event (id, kind, title, held_on, location, partners,"
                + " agenda, outcomes, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.<@Nullable Object>asList(
                id,
                e.kind(),
                e.title().strip(),
                Date.valueOf(e.heldOn()),
                StaffDirectory.blankToNull(e.location()),
                String.join(",", e.partners()),
                StaffDirectory.blankToNull(e.agenda()),
                StaffDirectory.blankToNull(e.outcomes()),
                actor.username(),
                now))
        .update();
    for (var p : participants) {
      jdbc.sql(
              "insert into training_joint_participant (event_id, staff_id, full_name, institution)"
                  + " values (?, ?, ?, ?)")
          .params(
              Arrays.<@Nullable Object>asList(
                  id, p.staffId(), p.fullName().strip(), p.institution().strip()))
          .update();
    }
    for (var f : followUps) {
      jdbc.sql(
              "insert into training_follow_up (event_id, action, responsible, due_on,"
                  + " recommendation_ref, created_at) values (?, ?, ?, ?, ?, ?)")
          .params(
              Arrays.<@Nullable Object>asList(
                  id,
                  f.action().strip(),
                  f.responsible().strip(),
                  f.dueOn() == null ? null : Date.valueOf(f.dueOn()),
                  StaffDirectory.blankToNull(f.recommendationRef()),
                  now))
          .update();
    }
    return id;
  }

  public List<JointEvent> page(int offset, int limit) {
    return jdbc.sql(
            "select * from training_joint_event order by held_on desc, id"
                + " limit :limit offset :offset")
        .param("limit", limit)
        .param("offset", offset)
        .query(JointEvents::event)
        .list();
  }

  public long count() {
    return jdbc.sql("select count(*) from training_joint_event").query(Long.class).single();
  }

  public Optional<JointEvent> find(String id) {
    return jdbc.sql("select * from training_joint_event where id = ?")
        .param(id)
        .query(JointEvents::event)
        .optional();
  }

  public List<Participant> participants(String eventId) {
    return jdbc.sql("select * from training_joint_participant where event_id = ? order by id")
        .param(eventId)
        .query(
            (rs, i) ->
                new Participant(
                    rs.getString("staff_id"),
                    rs.getString("full_name"),
                    rs.getString("institution")))
        .list();
  }

  public List<FollowUp> followUps(String eventId) {
    return jdbc.sql("select * from training_follow_up where event_id = ? order by id")
        .param(eventId)
        .query(
            (rs, i) ->
                new FollowUp(
                    rs.getString("action"),
                    rs.getString("responsible"),
                    rs.getObject("due_on", LocalDate.class),
                    rs.getString("recommendation_ref")))
        .list();
  }

  private static JointEvent event(ResultSet rs, int i) throws SQLException {
    return new JointEvent(
        rs.getString("id"),
        rs.getString("kind"),
        rs.getString("title"),
        rs.getObject("held_on", LocalDate.class),
        rs.getString("location"),
        Arrays.asList(rs.getString("partners").split(",")),
        rs.getString("agenda"),
        rs.getString("outcomes"));
  }
}
