package org.habeas.complaints.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.habeas.complaints.CustodyInjuries;
import org.habeas.system.Facilities;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the case-file pages show in words: each item's label, the options of each select (items to
 * point at, doctors, facilities) and a custody body map as a physical finding's text, in the
 * reader's language.
 */
@Component
class CaseFileLabels {

  private final Facilities facilities;
  private final Users users;
  private final MessageSource messages;

  CaseFileLabels(Facilities facilities, Users users, MessageSource messages) {
    this.facilities = facilities;
    this.users = users;
    this.messages = messages;
  }

  /** The marks of a body map in words, one line each, for a physical finding. */
  String marked(CustodyInjuries.Injury injury) {
    var lines = new ArrayList<String>();
    for (var n : injury.map().legend()) {
      var m = n.mark();
      var line =
          new StringBuilder()
              .append(n.number())
              .append(". ")
              .append(text(m.region().label()))
              .append(" — ")
              .append(text(m.kind().label()));
      if (m.sizeCm() != null) {
        line.append(", ").append(text("bodymap.sizeShown", m.sizeCm()));
      }
      if (m.age() != null) {
        line.append(", ").append(text(m.age().label()));
      }
      if (m.description() != null) {
        line.append(": ").append(m.description());
      }
      lines.add(line.toString());
    }
    return String.join("\n", lines);
  }

  String text(String code, Object... args) {
    return Objects.requireNonNullElse(
        messages.getMessage(code, args, code, LocaleContextHolder.getLocale()), code);
  }

  /** Every current item's label by id, and doctors' and facilities' names, for lists. */
  Map<String, String> labels(CaseFile file) {
    var out = new LinkedHashMap<String, String>();
    facilities.all().forEach(f -> out.put(f.id(), f.name()));
    users.all().stream()
        .filter(u -> u.is(Role.DOCTOR))
        .forEach(u -> out.put(u.username(), u.displayName()));
    for (var kind : Kind.values()) {
      for (var e : file.current(kind)) {
        out.put(e.itemId().toString(), label(e));
      }
    }
    return out;
  }

  /** The options of each select: items to point at, doctors, facilities. */
  Map<String, List<Choice>> choices(CaseFile file) {
    var out = new LinkedHashMap<String, List<Choice>>();
    for (var kind : Kind.values()) {
      out.put(
          kind.name(),
          file.current(kind).stream()
              .map(e -> new Choice(e.itemId().toString(), label(e)))
              .toList());
    }
    out.put(
        "DOCTOR",
        users.all().stream()
            .filter(u -> u.is(Role.DOCTOR))
            .map(u -> new Choice(u.username(), u.displayName() + " (" + u.username() + ")"))
            .toList());
    out.put("FACILITY", facilities.all().stream().map(f -> new Choice(f.id(), f.name())).toList());
    return out;
  }

  private String label(Entry e) {
    var locale = LocaleContextHolder.getLocale();
    return switch (e.kind()) {
      case ACT ->
          messages.getMessage("casefile.option.ActType." + e.text("actType"), null, locale)
              + " · "
              + e.text("occurredOn")
              + " · "
              + e.text("place");
      case FINDING ->
          messages.getMessage("casefile.option.FindingKind." + e.text("findingKind"), null, locale)
              + " · "
              + e.text("summary");
      case SOURCE ->
          messages.getMessage("casefile.option.SourceType." + e.text("sourceType"), null, locale)
              + " · "
              + e.text("title");
      case EXAMINATION ->
          users.find(e.text("examiner")).map(u -> u.displayName()).orElse(e.text("examiner"))
              + " · "
              + e.text("examinedOn");
      default -> CaseFile.label(e);
    };
  }
}
