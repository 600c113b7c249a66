package org.habeas.complaints;

import java.time.Instant;
import java.util.List;
import org.habeas.overview.OverviewFigure;
import org.habeas.overview.OverviewSource;
import org.habeas.system.Actor;
import org.springframework.stereotype.Component;

/** The overview's complaint numbers: those past their deadline, and those nearing it. */
@Component
class ComplaintsOverview implements OverviewSource {

  private final Search search;

  ComplaintsOverview(Search search) {
    this.search = search;
  }

  @Override
  public List<OverviewFigure> figures(Actor actor, Instant now) {
    if (!Search.listsComplaints(actor)) {
      return List.of();
    }
    long overdue = search.count(actor, new ComplaintFilter(null, null, null, true, null, null));
    long nearing = Math.max(0, search.dueCount(actor) - overdue);
    return List.of(
        new OverviewFigure(
            "complaints-overdue",
            "overview.complaints.overdue",
            overdue,
            "/complaints?overdue=true",
            20,
            List.of()),
        new OverviewFigure(
            "complaints-due",
            "overview.complaints.due",
            nearing,
            "/complaints?due=soon",
            21,
            List.of()));
  }
}
