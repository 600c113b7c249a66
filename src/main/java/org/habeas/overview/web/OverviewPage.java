package org.habeas.overview.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.habeas.overview.OverviewFigure;
import org.habeas.overview.OverviewSource;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The monitor's start page. Only monitors open it: it is the commission's working view across every
 * facility, and the administrator, who sees no detainee data, has no part in that work.
 */
@Controller
class OverviewPage {

  private final ObjectProvider<OverviewSource> sources;
  private final SourcesSection detentions;
  private final Facilities facilities;
  private final Clock clock;

  OverviewPage(
      ObjectProvider<OverviewSource> sources,
      SourcesSection detentions,
      Facilities facilities,
      Clock clock) {
    this.sources = sources;
    this.detentions = detentions;
    this.facilities = facilities;
    this.clock = clock;
  }

  @GetMapping("/overview")
  String overview(Actor me, Model model) {
    if (!me.is(Role.MONITOR)) {
      throw Problem.forbidden("problem.forbidden");
    }
    var now = clock.instant();
    List<OverviewFigure> figures =
        sources
            .orderedStream()
            .flatMap(s -> s.figures(me, now).stream())
            .sorted(Comparator.comparingInt(OverviewFigure::order))
            .toList();
    model.addAttribute("figures", figures);
    model.addAttribute("sources", detentions.matches(me, now));
    model.addAttribute("sourcesWindowDays", detentions.window().toDays());
    model.addAttribute(
        "facilities",
        facilities.all().stream().collect(Collectors.toMap(Facility::id, Function.identity())));
    model.addAttribute("now", now);
    return "monitoring/overview";
  }
}
