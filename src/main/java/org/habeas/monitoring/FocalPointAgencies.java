package org.habeas.monitoring;

import java.util.List;
import java.util.Optional;
import org.habeas.system.Actor;
import org.habeas.system.Agencies;
import org.springframework.stereotype.Component;

/** The agencies of recommendations, offered to the user administration (system). */
@Component
class FocalPointAgencies implements Agencies {

  private final Recommendations recommendations;

  FocalPointAgencies(Recommendations recommendations) {
    this.recommendations = recommendations;
  }

  @Override
  public List<String> codes() {
    return Vocabulary.AGENCIES;
  }

  @Override
  public Optional<String> of(String username) {
    return recommendations.agencyOf(username);
  }

  @Override
  public void assign(Actor admin, String username, String agency) {
    recommendations.setAgency(admin, username, agency);
  }
}
