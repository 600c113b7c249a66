package org.habeas.system;

import java.util.List;
import java.util.Optional;

/**
 * The agencies focal points report for, as the module that keeps them (monitoring) offers them to
 * the user administration here: system cannot depend on monitoring, so monitoring implements this.
 */
public interface Agencies {

  /** The agencies' codes; each has the message {@code monitoring.agency.<code>}. */
  List<String> codes();

  /** The agency the user reports for, if they are a focal point with one. */
  Optional<String> of(String username);

  /** Makes the user report for the agency (an administrator's act). */
  void assign(Actor admin, String username, String agency);
}
