package org.habeas.system;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.habeas.system.Problem.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Client errors in a JSON body, named by the field at fault. */
public final class JsonProblems {

  private JsonProblems() {}

  /**
   * A text in a JSON body that {@link PlainText} refuses (a control character such as NUL): its
   * field is named with {@link PlainText#CODE}. The text itself is not kept in the exception.
   */
  public static final class ControlCharacter extends MismatchedInputException {
    public ControlCharacter(JsonParser p) {
      super(p, "text holds a control character", String.class);
    }
  }

  /** What was wrong with a body Jackson could not read. */
  public static Problem from(JacksonException e) {
    if (e instanceof InvalidTypeIdException t) {
      var path = path(t);
      return Problem.badField(
          path.isEmpty() ? "type" : path + ".type",
          t.getTypeId() == null ? "field.NotBlank" : "field.unknownType",
          String.valueOf(t.getTypeId()));
    }
    if (e instanceof ControlCharacter c) {
      var path = path(c);
      return PlainText.problem(List.of(path.isEmpty() ? "body" : path));
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return Problem.badField(path(u), "field.unknown");
    }
    if (e instanceof DatabindException d && !path(d).isEmpty()) {
      return Problem.badField(path(d), "field.wrongType");
    }
    return new Problem(Problem.Kind.INVALID, "problem.malformedJson", List.of());
  }

  /**
   * Bean Validation failures as field problems ({@code field.NotNull}, {@code field.NotBlank}…).
   */
  public static Problem from(Set<? extends ConstraintViolation<?>> violations) {
    var fields =
        violations.stream()
            .map(
                v ->
                    new FieldProblem(
                        v.getPropertyPath().toString(),
                        "field."
                            + v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName()))
            .sorted(Comparator.comparing(FieldProblem::field))
            .collect(Collectors.toList());
    return new Problem(Problem.Kind.INVALID, "problem.invalid", fields);
  }

  static String path(DatabindException e) {
    var sb = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
