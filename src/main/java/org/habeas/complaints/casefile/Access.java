package org.habeas.complaints.casefile;

import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;

/** Who may write which case-file items: the rules of {@link Kind.Writer}, applied to one item. */
final class Access {

  private Access() {}

  /** Whether the actor may write some item of the kind at all (before looking at the item). */
  static boolean mayWriteSome(Kind kind, boolean handler, boolean examiner) {
    return switch (kind.writer()) {
      case HANDLER -> handler;
      case HANDLER_OR_EXAMINER -> handler || examiner;
      case EXAMINER -> examiner;
    };
  }

  /** Whether the actor may write this revision of an item, given the examination it belongs to. */
  static boolean mayWrite(Entry item, CaseFile file, Actor me, boolean handler) {
    return switch (item.kind().writer()) {
      case HANDLER -> handler;
      case HANDLER_OR_EXAMINER -> handler || examinerOf(item, file, me);
      case EXAMINER -> examinerOf(item, file, me);
    };
  }

  private static boolean examinerOf(Entry item, CaseFile file, Actor me) {
    return me.is(Role.DOCTOR)
        && file.examinationOf(item)
            .flatMap(file::examinerOf)
            .filter(me.username()::equals)
            .isPresent();
  }

  /** True when a current item points at this one (it cannot be withdrawn first). */
  static boolean referenced(CaseFile file, @Nullable UUID itemId) {
    for (var kind : Kind.values()) {
      for (var e : file.current(kind)) {
        for (var f : kind.fields()) {
          var ref = f.type() == Field.Type.REF ? e.ref(f.name()) : null;
          if (ref != null && ref.equals(itemId)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
