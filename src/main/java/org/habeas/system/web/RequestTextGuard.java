package org.habeas.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.habeas.system.ChecksOwnText;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every request parameter (the query string, a posted form, the text parts of a multipart form) is
 * checked with {@link PlainText} before any controller runs, on every page and API: most forms are
 * read as a {@code Map} of parameters, which no binder converts, so this is the one place that sees
 * them all. A refused character answers 400 {@code problem.controlCharacter} naming the field (the
 * JSON problem lists it under {@code errors}; a page shows it on the error page). Handlers marked
 * {@link ChecksOwnText} check their own form and show the error beside the field instead.
 */
@Configuration
class RequestTextGuard implements WebMvcConfigurer, HandlerInterceptor {

  /** The code of the problem; its message names the fields ({0}). */
  static final String CODE = "problem.controlCharacter";

  private static final int MAX_NAMED = 100;

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getDispatcherType() != DispatcherType.REQUEST
        || !(handler instanceof HandlerMethod m)
        || m.hasMethodAnnotation(ChecksOwnText.class)) {
      return true; // an error page for a refused request must not be refused in turn
    }
    var bad = new ArrayList<String>();
    for (var p : request.getParameterMap().entrySet()) {
      boolean refused = PlainText.refused(p.getKey());
      for (var v : p.getValue()) {
        refused |= PlainText.refused(v);
      }
      if (refused) {
        bad.add(shown(p.getKey()));
      }
    }
    if (!bad.isEmpty()) {
      throw problem(bad);
    }
    return true;
  }

  static Problem problem(List<String> fields) {
    return new Problem(
        Problem.Kind.INVALID,
        CODE,
        fields.stream().map(f -> new FieldProblem(f, PlainText.CODE)).toList(),
        String.join(", ", fields));
  }

  /** A parameter's name as it may be shown: without its refused characters, not too long. */
  private static String shown(String name) {
    var sb = new StringBuilder();
    name.codePoints()
        .filter(c -> !PlainText.refused(Character.toString(c)))
        .limit(MAX_NAMED)
        .forEach(sb::appendCodePoint);
    return sb.isEmpty() ? "?" : sb.toString();
  }
}
