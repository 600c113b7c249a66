package org.habeas.overview.web;

import java.time.Duration;
import java.time.Instant;
import org.habeas.overview.DetentionSources;
import org.habeas.overview.SourceMatching;
import org.habeas.system.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The overview's "several sources, one truth": every module's sightings since twice the window
 * before now (a source in the window may match a record opened up to a window earlier), matched on
 * the person. The window is {@code habeas.overview.sources.window} (30 days by default).
 */
@Component
class SourcesSection {

  private final ObjectProvider<DetentionSources> sources;
  private final Duration window;

  SourcesSection(
      ObjectProvider<DetentionSources> sources,
      @Value("${habeas.overview.sources.window:30d}") Duration window) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalStateException("habeas.overview.sources.window must be positive");
    }
    this.sources = sources;
    this.window = window;
  }

  SourceMatching.Matches matches(Actor actor, Instant now) {
    var since = now.minus(window.multipliedBy(2));
    var sightings =
        sources.orderedStream().flatMap(s -> s.sightings(actor, since, now).stream()).toList();
    return SourceMatching.match(sightings, window, now);
  }

  Duration window() {
    return window;
  }
}
