package org.habeas.system;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A client error to report as an RFC 9457 problem detail: an HTTP status, a message code
 * (translated into the caller's language) and, where a field is at fault, which one and why.
 */
public class ApiProblem extends RuntimeException {

  /** One field at fault: its JSON path (e.g. {@code person.birthDate}) and a message code. */
  public record FieldProblem(String field, String code, Object... args) {}

  private final int status;
  private final String code;
  private final transient Object[] args;
  private final List<FieldProblem> fields;
  private @Nullable String rule;

  public ApiProblem(int status, String code, List<FieldProblem> fields, Object... args) {
    super(code);
    this.status = status;
    this.code = code;
    this.args = args;
    this.fields = List.copyOf(fields);
  }

  public static ApiProblem notFound(String code, Object... args) {
    return new ApiProblem(404, code, List.of(), args);
  }

  public static ApiProblem forbidden(String code, Object... args) {
    return new ApiProblem(403, code, List.of(), args);
  }

  public static ApiProblem badField(String field, String code, Object... args) {
    return new ApiProblem(400, "problem.invalid", List.of(new FieldProblem(field, code, args)));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Object[] args() {
    return args.clone();
  }

  public List<FieldProblem> fields() {
    return fields;
  }

  /** The id of the legal or timeline rule broken, if one was. */
  public @Nullable String rule() {
    return rule;
  }

  public ApiProblem withRule(String rule) {
    this.rule = rule;
    return this;
  }
}
