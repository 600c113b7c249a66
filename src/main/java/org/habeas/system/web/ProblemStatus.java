package org.habeas.system.web;

import org.habeas.system.Problem;
import org.springframework.modulith.NamedInterface;

/**
 * The one place where a domain {@link Problem} becomes an HTTP status, for the API's problem
 * details and for the pages' error responses alike.
 */
@NamedInterface("problems")
public final class ProblemStatus {

  private ProblemStatus() {}

  public static int of(Problem p) {
    return switch (p.kind()) {
      case INVALID -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case GONE -> 410;
      case UNPROCESSABLE -> 422;
      case TOO_MANY -> 429;
    };
  }
}
