package org.habeas.monitoring;

import java.time.Instant;
import java.util.UUID;
import org.habeas.system.Actor;
import org.jspecify.annotations.Nullable;

/**
 * Hands an allegation heard in a private interview over to the complaints module, which opens a
 * complaint with one action and returns its id. The complaints module implements it, so that
 * monitoring need not depend on complaints.
 */
public interface AllegationHandOver {

  /**
   * Opens a complaint for the allegation.
   *
   * @param actor the member of the visiting team who heard it
   * @param facilityCode the facility visited
   * @param allegationText what was alleged, as the team wrote it down
   * @param custodyRecordId the custody record it concerns, if the team knows it
   * @param heardAt when the allegation was heard
   * @return the new complaint's id
   */
  UUID raise(
      Actor actor,
      String facilityCode,
      String allegationText,
      @Nullable String custodyRecordId,
      Instant heardAt);
}
