package org.habeas.overview;

import java.time.Instant;
import java.util.List;
import org.habeas.system.Actor;

/**
 * What a module knows of detentions, for the overview's "several sources, one truth": declare a
 * Spring bean implementing this interface. The overview matches what every module returns on the
 * person (their keyed hashes, never a name) and shows detentions no custody record acknowledges,
 * and how late each record was opened after the first source knew of it.
 */
public interface DetentionSources {

  /**
   * What the module knew of detentions from {@code since} on (by when it knew, or by when the
   * person was held), for the actor; nothing personal, only keys, references and times.
   */
  List<Sighting> sightings(Actor actor, Instant since, Instant now);
}
