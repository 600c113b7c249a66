package org.habeas.statistics.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.habeas.statistics.opendata.OpenData;
import org.habeas.statistics.opendata.Suppression;
import org.habeas.statistics.view.PanelBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public statistics: the dashboard of the open data's figures and the open-data page. */
@Controller
class StatisticsPages {

  private final PanelBuilder panels;
  private final OpenData openData;
  private final Clock clock;
  private final States states;

  StatisticsPages(PanelBuilder panels, OpenData openData, Clock clock, States states) {
    this.panels = panels;
    this.openData = openData;
    this.clock = clock;
    this.states = states;
  }

  /** The public dashboard: no sign-in, the open data's figures of one state. */
  @GetMapping("/statistics/public")
  String publicDashboard(
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String jurisdiction,
      Locale locale,
      Model model) {
    int y = year(clock, year);
    var state = states.chosen(jurisdiction);
    model.addAttribute("year", y);
    model.addAttribute("jurisdiction", state);
    model.addAttribute("jurisdictions", states.all());
    model.addAttribute(
        "panels",
        States.withoutForeignMap(panels.publicDashboard(openData.all(y, state), locale), state));
    return "statistics/public";
  }

  /** The open-data page: the data sets of one state, their downloads, and the method. */
  @GetMapping("/open-data")
  String openData(
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String jurisdiction,
      Model model) {
    int y = year(clock, year);
    model.addAttribute("year", y);
    model.addAttribute("jurisdiction", states.chosen(jurisdiction));
    model.addAttribute("jurisdictions", states.all());
    model.addAttribute("datasets", OpenData.NAMES);
    model.addAttribute("version", OpenData.VERSION);
    model.addAttribute("threshold", Suppression.THRESHOLD);
    return "statistics/open-data";
  }

  /** The year asked for, or this year when none or out of range. */
  static int year(Clock clock, @Nullable Integer year) {
    int now = clock.instant().atZone(ZoneOffset.UTC).getYear();
    return year == null || year < 2000 || year > now ? now : year;
  }
}
