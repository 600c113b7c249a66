package org.habeas.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habeas.system.CurrentActor;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that no controller of Habeas raised, on pages: an address that answers nothing (404), a
 * method a page does not take (405), and whatever reaches Spring Boot's error dispatch (a refusal
 * by the security filters, 500). Pages get the error page inside the layout, in the user's
 * language; the JSON API and anything asking for JSON keep their RFC 9457 problem details.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class PageErrors implements ErrorViewResolver {

  private final CurrentActor actors;
  private final MessageSource messages;
  private final JsonMapper json;

  PageErrors(CurrentActor actors, MessageSource messages, JsonMapper json) {
    this.actors = actors;
    this.messages = messages;
    this.json = json;
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ModelAndView notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    return answer(request, response, 404, "problem.notFound", new Object[0]);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ModelAndView method(
      HttpRequestMethodNotSupportedException e,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    if (e.getSupportedHttpMethods() != null && !e.getSupportedHttpMethods().isEmpty()) {
      var allow = new StringBuilder();
      e.getSupportedHttpMethods().forEach(m -> allow.append(allow.isEmpty() ? "" : ", ").append(m));
      response.setHeader(HttpHeaders.ALLOW, allow.toString());
    }
    return answer(request, response, 405, "problem.method", new Object[] {e.getMethod()});
  }

  /** Spring Boot's error dispatch: the error page in the layout for every status. */
  @Override
  public ModelAndView resolveErrorView(
      HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    var mav = new ModelAndView("error", model, status);
    mav.addObject("status", status.value());
    // A filter that refused the request before any controller (the body limit) leaves its
    // message in the request's attributes; otherwise the status says it all.
    mav.addObject("messageCode", request.getAttribute("messageCode"));
    mav.addObject("messageArgs", request.getAttribute("messageArgs"));
    mav.addObject("fields", List.of());
    PageErrorAdvice.layout(actors, request, mav.getModel());
    return mav;
  }

  private ModelAndView answer(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String code,
      Object[] args)
      throws IOException {
    response.setStatus(status);
    if (isPage(request)) {
      return PageErrorAdvice.page(actors, request, status, code, args, List.of());
    }
    var locale = LocaleContextHolder.getLocale();
    var problem = new LinkedHashMap<String, Object>();
    problem.put("type", "urn:habeas:problem:" + code);
    problem.put("title", messages.getMessage(code, args, code, locale));
    problem.put("status", status);
    problem.put("instance", request.getRequestURI());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8);
    response.getWriter().write(json.writeValueAsString(problem));
    return new ModelAndView();
  }

  /** A page, not the API: outside /api and /actuator, and not asking for JSON only. */
  static boolean isPage(HttpServletRequest request) {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")) {
      return false;
    }
    var accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept == null || accept.contains("text/html") || !accept.contains("json");
  }
}
