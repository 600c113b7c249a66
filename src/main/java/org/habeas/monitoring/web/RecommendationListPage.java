package org.habeas.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.habeas.monitoring.Recommendations;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff list of recommendations (focal points see their agency's), and for administrators the
 * agency each focal point reports for.
 */
@Controller
class RecommendationListPage {

  private static final int PAGE = 30;

  private final Recommendations recommendations;
  private final Facilities facilities;
  private final Users users;
  private final Clock clock;

  RecommendationListPage(
      Recommendations recommendations, Facilities facilities, Users users, Clock clock) {
    this.recommendations = recommendations;
    this.facilities = facilities;
    this.users = users;
    this.clock = clock;
  }

  /** The query string is the filter, as on the public portal and in the API. */
  @GetMapping("/monitoring/recommendations")
  String list(
      Actor me,
      RecommendationFilterParams params,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (!Recommendations.mayRead(me)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    var f = RecommendationFilters.of(params);
    var p = Paging.of(page, PAGE);
    model.addAttribute("recommendations", recommendations.list(me, f, p.offset(), PAGE));
    model.addAttribute("total", recommendations.count(me, f));
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("f", f);
    model.addAttribute("previous", RecommendationFilters.staffQuery(f, p.page() - 1));
    model.addAttribute("next", RecommendationFilters.staffQuery(f, p.page() + 1));
    model.addAttribute("years", recommendations.years());
    model.addAttribute("mayIssue", me.is(Role.MONITOR));
    model.addAttribute(
        "agency",
        me.is(Role.FOCAL_POINT) ? recommendations.agencyOf(me.username()).orElse("") : "");
    model.addAttribute("today", LocalDate.now(clock));
    var focalPoints = new LinkedHashMap<String, String>();
    if (me.is(Role.ADMIN)) {
      for (var u : users.all()) {
        if (u.is(Role.FOCAL_POINT)) {
          focalPoints.put(u.username(), recommendations.agencyOf(u.username()).orElse(""));
        }
      }
    }
    model.addAttribute("focalPoints", focalPoints);
    RecommendationFilters.vocabulary(model, facilities);
    return "monitoring/recommendations";
  }

  /** Administrators say which agency a focal point reports for. */
  @PostMapping("/monitoring/focal-points")
  String focalPoint(Actor me, @RequestParam String username, @RequestParam String agency) {
    if (users.find(username).filter(u -> u.is(Role.FOCAL_POINT)).isEmpty()) {
      throw Problem.notFound("monitoring.unknownFocalPoint");
    }
    recommendations.setAgency(me, username, agency);
    return "redirect:/monitoring/recommendations#focal-points";
  }
}
