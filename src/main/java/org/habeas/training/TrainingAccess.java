package org.habeas.training;

import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Role;

/**
 * Who may keep training data and who may read it (docs/design/product.md: the training
 * coordinator's).
 */
public final class TrainingAccess {

  private TrainingAccess() {}

  /** Training coordinators and administrators keep courses, runs, imports and events. */
  public static boolean mayManage(Actor actor) {
    return actor.is(Role.TRAINER) || actor.is(Role.ADMIN);
  }

  /** Monitors read training too, per person included (each such read is logged). */
  public static boolean mayView(Actor actor) {
    return mayManage(actor) || actor.is(Role.MONITOR);
  }

  public static void requireManage(Actor actor) {
    if (!mayManage(actor)) {
      throw Problem.forbidden("problem.forbidden");
    }
  }

  public static void requireView(Actor actor) {
    if (!mayView(actor)) {
      throw Problem.forbidden("problem.forbidden");
    }
  }
}
