package org.habeas.overview;

import java.time.Instant;
import java.util.List;
import org.habeas.system.Actor;

/**
 * Numbers a module gives the overview: declare a Spring bean implementing this interface. A module
 * without one is simply absent from the page.
 */
public interface OverviewSource {

  /** The module's numbers for the actor (a monitor) at the instant. */
  List<OverviewFigure> figures(Actor actor, Instant now);
}
