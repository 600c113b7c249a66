package org.habeas.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.habeas.system.CurrentActor;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused or missing thing on a page gets the error page, in the user's language and inside the
 * layout (menu, language switch, sign-out): an exception handler's view skips the interceptors that
 * fill the layout, so this does it itself ({@link #page}).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

  private final CurrentActor actors;

  PageErrorAdvice(CurrentActor actors) {
    this.actors = actors;
  }

  @ExceptionHandler(Problem.class)
  ModelAndView problem(Problem p, HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(ProblemStatus.of(p));
    return page(actors, request, ProblemStatus.of(p), p.code(), p.args(), p.fields());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView denied(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(403);
    return page(actors, request, 403, "problem.forbidden", new Object[0], List.of());
  }

  /**
   * The error page ({@code templates/error.html}) for {@code status}, with what the layout needs:
   * the signed-in user, the languages and where the language switch returns to.
   */
  static ModelAndView page(
      CurrentActor actors,
      HttpServletRequest request,
      int status,
      @Nullable String code,
      Object @Nullable [] args,
      List<FieldProblem> fields) {
    var mav = new ModelAndView("error");
    mav.addObject("status", status);
    mav.addObject("messageCode", code);
    mav.addObject("messageArgs", args == null ? new Object[0] : args);
    mav.addObject("fields", fields);
    layout(actors, request, mav.getModel());
    return mav;
  }

  /** Adds the layout's model (the same as every page gets from the web configuration). */
  static void layout(CurrentActor actors, HttpServletRequest request, Map<String, Object> model) {
    actors.get().ifPresent(me -> model.put("me", me));
    model.put("languages", Users.LANGUAGES);
    // On an error dispatch the page asked for is in the request's attributes, not its URI.
    var uri =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
            ? original
            : request.getRequestURI();
    var safe = uri != null && uri.startsWith("/") && !uri.startsWith("//") && !uri.contains("\\");
    model.put("here", "GET".equals(request.getMethod()) && safe ? uri : "/");
  }
}
