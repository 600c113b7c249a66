package org.habeas.training;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Complaints per facility over a period, for the coverage page: a port the complaints module
 * provides a bean for. Until it does, coverage shows "—" and says the count is not available.
 */
public interface FacilityComplaintCounts {

  /** Count per facility id of complaints received in [from, to); empty when not available. */
  Optional<Map<String, Long>> between(Instant from, Instant to);

  /** The stand-in while no module counts complaints. */
  FacilityComplaintCounts NOT_AVAILABLE = (from, to) -> Optional.empty();
}
