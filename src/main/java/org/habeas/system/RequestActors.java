package org.habeas.system;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in actor, remembered for the rest of one web request: read once per request, kept in
 * the request's attributes so nothing outlives it and every instance reads afresh on the next one.
 */
final class RequestActors {

  private RequestActors() {}

  private static final String REMEMBERED = RequestActors.class.getName() + ".actor";

  static @Nullable Actor remembered(String username) {
    var request = RequestContextHolder.getRequestAttributes();
    if (request != null
        && request.getAttribute(REMEMBERED, RequestAttributes.SCOPE_REQUEST) instanceof Actor a
        && a.username().equals(username)) {
      return a;
    }
    return null;
  }

  /** Remembers the actor for the rest of the request (a bearer token's owner, a sign-in). */
  static void remember(Actor actor) {
    var request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(REMEMBERED, actor, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /** Forgets the remembered actor, after a change of the user. */
  static void forget() {
    var request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(REMEMBERED, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
