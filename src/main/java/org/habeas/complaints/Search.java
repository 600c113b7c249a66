package org.habeas.complaints;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.habeas.system.Actor;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.springframework.stereotype.Service;

/**
 * The complaints lists: the page and counts of the complaints an actor may list, filtered and
 * searched, most pressing first; what is overdue or near its deadline.
 */
@Service
public class Search {

  /**
   * What the list offers the actor beyond its lines: opening a complaint, searching their text,
   * taking one in (an administrator lists complaints and does none of these).
   */
  public record ListRights(boolean open, boolean search, boolean takeIn) {}

  private final CurrentStore current;
  private final ComplaintAccess access;
  private final ComplaintSearch search;
  private final ComplaintSettings settings;
  private final Clock clock;

  Search(
      CurrentStore current,
      ComplaintAccess access,
      ComplaintSearch search,
      ComplaintSettings settings,
      Clock clock) {
    this.current = current;
    this.access = access;
    this.search = search;
    this.settings = settings;
    this.clock = clock;
  }

  /** Whether the actor's role has a complaints list (the nav link). */
  public static boolean listsComplaints(Actor actor) {
    return ComplaintAccess.listsComplaints(actor);
  }

  public static ListRights listRights(Actor actor) {
    return new ListRights(
        ComplaintAccess.mayOpen(actor),
        ComplaintAccess.maySearchText(actor),
        ComplaintAccess.mayTakeIn(actor));
  }

  /** A page of the complaints the actor may list, most pressing first. */
  public List<ComplaintSummary> list(Actor actor, ComplaintFilter f, int page, int size) {
    var where = where(actor, f);
    return current.page(
        where.getKey(),
        where.getValue(),
        clock.instant(),
        settings.deadlineRules(),
        page * size,
        size);
  }

  public long count(Actor actor, ComplaintFilter f) {
    var where = where(actor, f);
    return current.count(where.getKey(), where.getValue());
  }

  /** How many open complaints the actor may list are overdue or near their deadline. */
  public long dueCount(Actor actor) {
    if (!ComplaintAccess.listsComplaints(actor)) {
      return 0;
    }
    var where = access.listCondition(actor);
    var params = new HashMap<String, Object>(where.getValue());
    params.put("soon", Timestamp.from(clock.instant().plus(settings.deadlineWarning())));
    return current.count(
        where.getKey() + " and v.due_at is not null and v.due_at <= :soon", params);
  }

  /**
   * How many allegations and injuries recorded in custody still wait for their complaint (raising
   * failed, or has waited a minute or more; it is resubmitted): shown to those who handle
   * complaints, zero to others.
   */
  public long awaitingRaise(Actor actor) {
    return actor.is(Role.MONITOR)
        ? current.pendingRaises(clock.instant().minus(CustodyComplaints.WAITING))
        : 0;
  }

  private Map.Entry<String, Map<String, Object>> where(Actor actor, ComplaintFilter f) {
    var base = access.listCondition(actor);
    var sql = new StringBuilder(base.getKey());
    var params = new HashMap<String, Object>(base.getValue());
    if (f.status() != null) {
      sql.append(" and v.status = :status");
      params.put("status", f.status().name());
    }
    if (f.category() != null) {
      sql.append(" and v.category = :category");
      params.put("category", f.category().name());
    }
    if (f.urgent() != null) {
      sql.append(" and v.urgent = :urgent");
      params.put("urgent", f.urgent());
    }
    if (f.overdue()) {
      sql.append(" and v.due_at is not null and v.due_at <= :now");
      params.put("now", Timestamp.from(clock.instant()));
    }
    if (f.assignee() != null && !f.assignee().isBlank()) {
      sql.append(" and v.assignee = :assignee");
      params.put("assignee", f.assignee().strip());
    }
    if (f.mine()) {
      sql.append(" and v.assignee = :mine");
      params.put("mine", actor.username());
    }
    if (f.facilityId() != null) {
      sql.append(" and v.facility_id = :facilityFilter");
      params.put("facilityFilter", f.facilityId());
    }
    if (f.regionCode() != null) {
      sql.append(" and v.region_code = :regionFilter");
      params.put("regionFilter", f.regionCode());
    }
    if (f.dueSoon()) {
      sql.append(" and v.due_at is not null and v.due_at <= :soon");
      params.put("soon", Timestamp.from(clock.instant().plus(settings.deadlineWarning())));
    }
    if (f.q() != null && !f.q().isBlank()) {
      if (!ComplaintAccess.maySearchText(actor)) {
        throw Problem.forbidden("complaints.searchForbidden");
      }
      var q =
          search.condition(
              Objects.requireNonNull(PlainText.checked("q", f.q()), "q was checked non-blank"));
      sql.append(" and ").append(q.getKey());
      params.putAll(q.getValue());
    }
    return Map.entry(sql.toString(), params);
  }
}
