package org.habeas.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visit to a place of detention, planned or made.
 *
 * @param made whether it was recorded as made (else planned for {@code date})
 * @param team the members of the visiting team, who alone read the interview notes
 */
public record Visit(
    String id,
    String facilityId,
    String facilityName,
    LocalDate date,
    boolean announced,
    boolean made,
    @Nullable String purpose,
    List<String> team,
    String createdBy,
    Instant createdAt) {

  public boolean inTeam(String username) {
    return team.contains(username);
  }
}
