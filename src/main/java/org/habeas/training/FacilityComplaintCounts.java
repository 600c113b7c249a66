package org.habeas.training;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Complaints per facility over a period, for the coverage page: declared here and implemented by
 * the complaints module, so training does not depend on complaints. When it answers empty, coverage
 * shows "—" and says the count is not available.
 */
public interface FacilityComplaintCounts {

  /** Count per facility id of complaints received in [from, to); empty when not available. */
  Optional<Map<String, Long>> between(Instant from, Instant to);
}
