package org.habeas.system.web;

import jakarta.servlet.http.HttpServletResponse;
import org.habeas.system.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused or missing thing on a page gets the error page, in the user's language. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

  @ExceptionHandler(ApiProblem.class)
  ModelAndView problem(ApiProblem p, HttpServletResponse response) {
    response.setStatus(p.status());
    var mav = new ModelAndView("error");
    mav.addObject("status", p.status());
    mav.addObject("messageCode", p.code());
    mav.addObject("messageArgs", p.args());
    mav.addObject("fields", p.fields());
    return mav;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView denied(HttpServletResponse response) {
    response.setStatus(403);
    var mav = new ModelAndView("error");
    mav.addObject("status", 403);
    mav.addObject("messageCode", "problem.forbidden");
    mav.addObject("messageArgs", new Object[0]);
    return mav;
  }
}
