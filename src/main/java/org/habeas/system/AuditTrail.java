package org.habeas.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one audit administrators read: the reads of personal data ({@link PersonalDataReads}), every
 * sign-in ({@link SignIns}) and every administrator's action ({@link AdminActions}), newest first,
 * as one list. Monitors see only the reads (oversight of who looked at whom); sign-ins and actions
 * are the administrators'.
 */
@Component
public class AuditTrail {

  /** Where an entry comes from. */
  public enum Source {
    READ,
    SIGN_IN,
    ADMIN
  }

  /**
   * One entry.
   *
   * @param kind {@code READ_DUTY}, {@code READ_STATED_REASON}, {@code SIGN_IN_SUCCESS}, {@code
   *     SIGN_IN_FAILURE}, {@code SIGN_IN_THROTTLED} or an {@link AdminActions.Kind}
   * @param subject the record read, the sign-in channel, or what the action was on
   * @param detail the reason given, the address signed in from, or what changed
   */
  public record Entry(
      Instant at,
      String who,
      Source source,
      String kind,
      String subject,
      @Nullable String detail) {}

  /**
   * What the list is narrowed to; each part may be absent.
   *
   * @param kind a {@link Source} name (every entry of it) or one entry kind
   * @param to the instant after the last shown
   */
  public record Filter(
      @Nullable String who,
      @Nullable String kind,
      @Nullable String subject,
      @Nullable Instant from,
      @Nullable Instant to) {}

  /** The kinds an entry may have, in the order the filter offers them. */
  public static List<String> kinds() {
    var kinds = new ArrayList<String>();
    kinds.add("READ_DUTY");
    kinds.add("READ_STATED_REASON");
    for (var o : SignIns.Outcome.values()) {
      kinds.add("SIGN_IN_" + o.name());
    }
    for (var k : AdminActions.Kind.values()) {
      kinds.add(k.name());
    }
    return kinds;
  }

  private record Branch(
      Source source, String table, String at, String kind, String subject, String detail) {}

  private static final List<Branch> BRANCHES =
      List.of(
          new Branch(
              Source.READ,
              "personal_data_read",
              "read_at",
              "'READ_' || purpose",
              "record_id",
              "reason"),
          new Branch(
              Source.SIGN_IN,
              "sign_in_attempt",
              "at",
              "'SIGN_IN_' || outcome",
              "channel",
              "address"),
          new Branch(Source.ADMIN, "admin_action", "at", "kind", "subject", "detail"));

  private final JdbcClient jdbc;

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The sources the actor may read: all for administrators, the reads for monitors. */
  public static Set<Source> visibleTo(Actor actor) {
    if (actor.is(Role.ADMIN)) {
      return Set.of(Source.values());
    }
    return actor.is(Role.MONITOR) ? Set.of(Source.READ) : Set.of();
  }

  /** A page of the entries the actor may see that match the filter, newest first. */
  public List<Entry> page(Actor actor, Filter f, int offset, int limit) {
    var params = new ArrayList<Object>();
    var union = union(actor, f, params);
    if (union.isEmpty()) {
      return List.of();
    }
    params.add(limit);
    params.add(offset);
    return jdbc.sql(
            "select * from ("
                + union
                + ") e order by e.at desc, e.source, e.id desc limit ? offset ?")
        .params(params)
        .query(
            (rs, i) ->
                new Entry(
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("who"),
                    Source.valueOf(rs.getString("source")),
                    rs.getString("kind"),
                    rs.getString("subject"),
                    rs.getString("detail")))
        .list();
  }

  public long count(Actor actor, Filter f) {
    var params = new ArrayList<Object>();
    var union = union(actor, f, params);
    if (union.isEmpty()) {
      return 0;
    }
    return jdbc.sql("select count(*) from (" + union + ") e")
        .params(params)
        .query(Long.class)
        .single();
  }

  private static String union(Actor actor, Filter f, List<Object> params) {
    var visible = visibleTo(actor);
    var selects = new ArrayList<String>();
    for (var b : BRANCHES) {
      if (!visible.contains(b.source())) {
        continue;
      }
      var where = new ArrayList<String>();
      var branchParams = new ArrayList<Object>();
      if (f.kind() != null) {
        if (f.kind().equals(b.source().name())) {
          // every entry of this source
        } else if (isSource(f.kind())) {
          continue;
        } else {
          where.add(b.kind() + " = ?");
          branchParams.add(f.kind());
        }
      }
      if (f.who() != null) {
        where.add("lower(username) = ?");
        branchParams.add(f.who().toLowerCase(Locale.ROOT));
      }
      if (f.subject() != null) {
        where.add(b.subject() + " = ?");
        branchParams.add(f.subject());
      }
      if (f.from() != null) {
        where.add(b.at() + " >= ?");
        branchParams.add(Timestamp.from(f.from()));
      }
      if (f.to() != null) {
        where.add(b.at() + " < ?");
        branchParams.add(Timestamp.from(f.to()));
      }
      selects.add(
          "select id, "
              + b.at()
              + " as at, username as who, '"
              + b.source().name()
              + "' as source, "
              + b.kind()
              + " as kind, "
              + b.subject()
              + " as subject, "
              + b.detail()
              + " as detail from "
              + b.table()
              + (where.isEmpty() ? "" : " where " + String.join(" and ", where)));
      params.addAll(branchParams);
    }
    return String.join(" union all ", selects);
  }

  private static boolean isSource(String kind) {
    for (var s : Source.values()) {
      if (s.name().equals(kind)) {
        return true;
      }
    }
    return false;
  }
}
