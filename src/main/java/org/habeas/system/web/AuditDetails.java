package org.habeas.system.web;

import java.util.ArrayList;
import java.util.Locale;
import org.habeas.system.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The audit's entries in the reader's language. */
@Component
class AuditDetails {

  private final MessageSource messages;

  AuditDetails(MessageSource messages) {
    this.messages = messages;
  }

  /** An entry as the page shows it: its detail in words. */
  record Row(AuditTrail.Entry entry, @Nullable String detail) {}

  /**
   * An administrator's action's detail in the reader's language: each field named in words, and
   * codes among the values (roles, kinds, languages) as words; other details as stored.
   */
  @Nullable String readable(AuditTrail.Entry e, Locale locale) {
    var detail = e.detail();
    if (detail == null || e.source() != AuditTrail.Source.ADMIN) {
      return detail;
    }
    if (e.kind().equals("PASSWORD_RESET")) {
      return text("admin.audit.password." + detail, detail, locale);
    }
    if (e.kind().equals("RECORD_ERASED")) {
      return detail;
    }
    var parts = new ArrayList<String>();
    for (var part : detail.split("; ")) {
      int eq = part.indexOf('=');
      int colon = part.indexOf(": ");
      if (eq > 0 && (colon < 0 || eq < colon)) {
        var key = part.substring(0, eq);
        parts.add(field(key, locale) + ": " + value(key, part.substring(eq + 1), locale));
      } else if (colon > 0 && part.contains(" → ")) {
        var key = part.substring(0, colon);
        var change = part.substring(colon + 2).split(" → ", 2);
        parts.add(
            field(key, locale)
                + ": "
                + value(key, change[0], locale)
                + " → "
                + value(key, change.length > 1 ? change[1] : "", locale));
      } else {
        parts.add(part);
      }
    }
    return String.join("; ", parts);
  }

  private String field(String key, Locale locale) {
    var code =
        switch (key) {
          case "facility" -> "admin.field.facilityId";
          case "region" -> "admin.field.regionCode";
          case "name.en" -> "admin.field.nameEn";
          case "name.ru" -> "admin.field.nameRu";
          case "name.kk" -> "admin.field.nameKk";
          case "who" -> "audit.who";
          case "record" -> "audit.record";
          case "from" -> "admin.audit.from";
          case "to" -> "admin.audit.to";
          default -> "admin.field." + key;
        };
    return text(code, key, locale);
  }

  private String value(String key, String value, Locale locale) {
    if (value.isEmpty() || value.equals("—")) {
      return "—";
    }
    return switch (key) {
      case "role" -> text("role." + value, value, locale);
      case "language" -> text("admin.language." + value, value, locale);
      case "supervisor" -> text("admin.audit.yes." + value, value, locale);
      case "jurisdiction" -> text("admin.jurisdiction." + value, value, locale);
      case "roomKind" -> text("admin.cameras.room." + value, value, locale);
      case "status" -> text("admin.cameras.status." + value, value, locale);
      case "agency" -> text("monitoring.agency." + value, value, locale);
      case "kind" ->
          text("admin.kind." + value, text("audit.kind." + value, value, locale), locale);
      default -> value;
    };
  }

  private String text(String code, String otherwise, Locale locale) {
    return messages.getMessage(code, null, otherwise, locale);
  }

  /** The kind of an entry in words. */
  String kind(String kind, Locale locale) {
    return text("audit.kind." + kind, kind, locale);
  }
}
