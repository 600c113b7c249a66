package org.habeas.system;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A refusal by the domain: what kind of refusal it is (invalid input, a conflict with what is
 * stored, a missing or forbidden thing), a message code (translated into the caller's language)
 * and, where a field is at fault, which one and why. The domain says what went wrong, never how a
 * protocol spells it: the web layer maps the {@link Kind} to an HTTP status in one place ({@code
 * system.web.ProblemStatus}), for the API's RFC 9457 problem details and for the pages alike.
 */
public class Problem extends RuntimeException {

  /** What kind of refusal this is. */
  public enum Kind {
    /** The input is malformed or breaks a rule of its own (a field at fault). */
    INVALID,
    /** Nobody is signed in, or the credentials do not hold. */
    UNAUTHENTICATED,
    /** The actor may not do this, or may not see it. */
    FORBIDDEN,
    /** There is no such thing (or the actor may not learn that there is). */
    NOT_FOUND,
    /** What is stored has moved on, or forbids this now (a stale sequence, a closed record). */
    CONFLICT,
    /** It existed and was lawfully erased. */
    GONE,
    /** The request is well formed but cannot be processed as it is (a reused idempotency key). */
    UNPROCESSABLE,
    /** Asked too often from one place; try again later. */
    TOO_MANY
  }

  /** One field at fault: its JSON path (e.g. {@code person.birthDate}) and a message code. */
  public record FieldProblem(String field, String code, Object... args) {}

  private final Kind kind;
  private final String code;
  private final transient Object[] args;
  private final List<FieldProblem> fields;
  private @Nullable String rule;

  public Problem(Kind kind, String code, List<FieldProblem> fields, Object... args) {
    super(code);
    this.kind = kind;
    this.code = code;
    this.args = args;
    this.fields = List.copyOf(fields);
  }

  public static Problem notFound(String code, Object... args) {
    return new Problem(Kind.NOT_FOUND, code, List.of(), args);
  }

  public static Problem forbidden(String code, Object... args) {
    return new Problem(Kind.FORBIDDEN, code, List.of(), args);
  }

  public static Problem conflict(String code, Object... args) {
    return new Problem(Kind.CONFLICT, code, List.of(), args);
  }

  /** Input with these fields at fault. */
  public static Problem invalid(List<FieldProblem> fields) {
    return new Problem(Kind.INVALID, "problem.invalid", fields);
  }

  public static Problem badField(String field, String code, Object... args) {
    return invalid(List.of(new FieldProblem(field, code, args)));
  }

  public Kind kind() {
    return kind;
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

  public Problem withRule(String rule) {
    this.rule = rule;
    return this;
  }
}
