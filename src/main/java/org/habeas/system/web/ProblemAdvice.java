package org.habeas.system.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.system.JsonProblems;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every client error on the JSON API into an RFC 9457 problem detail that names the field at
 * fault and says what is wrong, in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ProblemAdvice {

  private final MessageSource messages;

  ProblemAdvice(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(Problem.class)
  ResponseEntity<ProblemDetail> problem(Problem p) {
    var response = respond(ProblemStatus.of(p), p.code(), p.args(), p.fields());
    if (p.rule() != null && response.getBody() != null) {
      response.getBody().setProperty("rule", p.rule());
    }
    return response;
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    var fields = new ArrayList<FieldProblem>();
    for (FieldError fe : e.getBindingResult().getFieldErrors()) {
      fields.add(new FieldProblem(fe.getField(), "field." + fe.getCode()));
    }
    return respond(400, "problem.invalid", new Object[0], fields);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodySizeLimitFilter.BodyTooLarge) {
        return respond(413, "problem.tooLarge", new Object[0], List.of());
      }
    }
    if (e.getMostSpecificCause() instanceof JacksonException j) {
      return problem(JsonProblems.from(j));
    }
    return respond(400, "problem.unreadable", new Object[0], List.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
    return respond(
        400,
        "problem.invalid",
        new Object[0],
        List.of(new FieldProblem(e.getName(), "field.wrongType")));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> header(MissingRequestHeaderException e) {
    return respond(
        400,
        "problem.invalid",
        new Object[0],
        List.of(new FieldProblem(e.getHeaderName(), "field.NotBlank")));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return respond(415, "problem.mediaType", new Object[0], List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return respond(405, "problem.method", new Object[] {e.getMethod()}, List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
    return respond(404, "problem.notFound", new Object[0], List.of());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    return respond(403, "problem.forbidden", new Object[0], List.of());
  }

  private ResponseEntity<ProblemDetail> respond(
      int status, String code, Object[] args, List<FieldProblem> fields) {
    Locale locale = LocaleContextHolder.getLocale();
    var detail = ProblemDetail.forStatus(status);
    detail.setType(URI.create("urn:habeas:problem:" + code));
    detail.setTitle(messages.getMessage(code, args, code, locale));
    if (!fields.isEmpty()) {
      var errors =
          fields.stream()
              .map(
                  f ->
                      Map.of(
                          "field",
                          f.field(),
                          "code",
                          f.code(),
                          "message",
                          messages.getMessage(f.code(), f.args(), f.code(), locale)))
              .toList();
      detail.setProperty("errors", errors);
      detail.setDetail(
          errors.stream()
              .map(m -> m.get("field") + ": " + m.get("message"))
              .reduce((a, b) -> a + "; " + b)
              .orElse(""));
    }
    return ResponseEntity.status(HttpStatus.valueOf(status))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(detail);
  }
}
