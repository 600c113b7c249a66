package org.habeas.system;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The {@link Actor} behind the current request, if someone is signed in. */
@Component
public class CurrentActor {

  private final Users users;

  CurrentActor(Users users) {
    this.users = users;
  }

  public Optional<Actor> get() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return users.find(auth.getName());
  }

  /** The signed-in actor; the security configuration guarantees one on protected paths. */
  public Actor require() {
    return get()
        .orElseThrow(
            () -> new Problem(Problem.Kind.UNAUTHENTICATED, "problem.unauthorized", List.of()));
  }
}
