package org.habeas.system;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.habeas.system.AdminActions.Kind;
import org.habeas.system.Problem.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to facilities and regions: add and change them, names in kk, ru and en
 * included. Each act is checked in full and audited in the same transaction.
 */
@Component
public class FacilityAdministration {

  /** A facility as the form sends it: every field as typed. */
  public record FacilityForm(
      String id,
      String kind,
      String regionCode,
      String nameEn,
      String nameRu,
      String nameKk,
      String zone,
      String jurisdiction) {

    public static FacilityForm of(Facility f) {
      return new FacilityForm(
          f.id(),
          f.kind(),
          f.regionCode(),
          f.names().getOrDefault("en", f.defaultName()),
          f.names().getOrDefault("ru", ""),
          f.names().getOrDefault("kk", ""),
          f.zone().getId(),
          f.jurisdiction());
    }

    public static FacilityForm empty() {
      return new FacilityForm("", "", "", "", "", "", "", "kz");
    }
  }

  /** A region as the form sends it. */
  public record RegionForm(String code, String nameEn, String nameRu, String nameKk, String zone) {

    public static RegionForm of(Region r) {
      return new RegionForm(r.code(), r.nameEn(), r.nameRu(), r.nameKk(), r.zone().getId());
    }

    public static RegionForm empty() {
      return new RegionForm("", "", "", "", "");
    }
  }

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");

  private final Facilities facilities;
  private final AdminActions audit;

  FacilityAdministration(Facilities facilities, AdminActions audit) {
    this.facilities = facilities;
    this.audit = audit;
  }

  @Transactional
  public void save(Actor admin, FacilityForm form, boolean creating) {
    requireAdmin(admin);
    var before = facilities.find(form.id());
    if (!creating && before.isEmpty()) {
      throw Problem.notFound("admin.facilities.unknown");
    }
    var problems = new ArrayList<FieldProblem>();
    if (creating) {
      id(problems, "id", form.id(), before.isPresent());
    }
    if (!Facility.KINDS.contains(form.kind())) {
      problems.add(new FieldProblem("kind", "field.NotBlank"));
    }
    if (form.regionCode().isBlank()) {
      problems.add(new FieldProblem("regionCode", "field.NotBlank"));
    } else if (facilities.region(form.regionCode()).isEmpty()) {
      problems.add(new FieldProblem("regionCode", "admin.users.unknownRegion"));
    }
    names(problems, form.nameEn(), form.nameRu(), form.nameKk());
    zone(problems, form.zone());
    if (!Facilities.JURISDICTIONS.contains(form.jurisdiction())) {
      problems.add(
          new FieldProblem(
              "jurisdiction", "field.oneOf", String.join(", ", Facilities.JURISDICTIONS)));
    }
    throwIf(problems);
    var names = new LinkedHashMap<String, String>();
    names.put("en", form.nameEn().strip());
    names.put("ru", form.nameRu().strip());
    names.put("kk", form.nameKk().strip());
    var f =
        new Facility(
            form.id(),
            form.nameEn().strip(),
            form.kind(),
            form.regionCode(),
            ZoneId.of(form.zone().strip()),
            form.jurisdiction(),
            names);
    if (creating) {
      facilities.add(f);
      audit.record(admin, Kind.FACILITY_CREATED, f.id(), UserAdministration.describe(fields(f)));
    } else {
      facilities.update(f);
      var changes = UserAdministration.changes(fields(before.orElseThrow()), fields(f));
      if (!changes.isEmpty()) {
        audit.record(admin, Kind.FACILITY_CHANGED, f.id(), changes);
      }
    }
  }

  @Transactional
  public void saveRegion(Actor admin, RegionForm form, boolean creating) {
    requireAdmin(admin);
    var before = facilities.region(form.code());
    if (!creating && before.isEmpty()) {
      throw Problem.notFound("admin.facilities.unknown");
    }
    var problems = new ArrayList<FieldProblem>();
    if (creating) {
      id(problems, "code", form.code(), before.isPresent());
    }
    names(problems, form.nameEn(), form.nameRu(), form.nameKk());
    zone(problems, form.zone());
    throwIf(problems);
    var r =
        new Region(
            form.code(),
            form.nameEn().strip(),
            form.nameRu().strip(),
            form.nameKk().strip(),
            ZoneId.of(form.zone().strip()));
    if (creating) {
      facilities.addRegion(r);
      audit.record(admin, Kind.REGION_CREATED, r.code(), UserAdministration.describe(fields(r)));
    } else {
      facilities.updateRegion(r);
      var changes = UserAdministration.changes(fields(before.orElseThrow()), fields(r));
      if (!changes.isEmpty()) {
        audit.record(admin, Kind.REGION_CHANGED, r.code(), changes);
      }
    }
  }

  private static void id(List<FieldProblem> problems, String field, String id, boolean taken) {
    if (id.isBlank()) {
      problems.add(new FieldProblem(field, "field.NotBlank"));
    } else if (!ID.matcher(id).matches()) {
      problems.add(new FieldProblem(field, "admin.facilities.idPattern"));
    } else if (taken) {
      problems.add(new FieldProblem(field, "admin.facilities.taken"));
    }
  }

  /** Every name is required: the data carries its own translations. */
  private static void names(List<FieldProblem> problems, String en, String ru, String kk) {
    for (var e :
        List.of(Map.entry("nameEn", en), Map.entry("nameRu", ru), Map.entry("nameKk", kk))) {
      if (e.getValue().isBlank()) {
        problems.add(new FieldProblem(e.getKey(), "field.NotBlank"));
      } else if (e.getValue().strip().length() > 200) {
        problems.add(new FieldProblem(e.getKey(), "field.Size"));
      }
    }
  }

  private static void zone(List<FieldProblem> problems, String zone) {
    if (zone.isBlank()) {
      problems.add(new FieldProblem("zone", "field.NotBlank"));
      return;
    }
    try {
      ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      problems.add(new FieldProblem("zone", "admin.facilities.badZone", zone.strip()));
    }
  }

  private static Map<String, String> fields(Facility f) {
    var m = new LinkedHashMap<String, String>();
    m.put("kind", f.kind());
    m.put("region", f.regionCode());
    m.put("name.en", f.names().getOrDefault("en", f.defaultName()));
    m.put("name.ru", f.names().getOrDefault("ru", ""));
    m.put("name.kk", f.names().getOrDefault("kk", ""));
    m.put("zone", f.zone().getId());
    m.put("jurisdiction", f.jurisdiction());
    return m;
  }

  private static Map<String, String> fields(Region r) {
    var m = new LinkedHashMap<String, String>();
    m.put("name.en", r.nameEn());
    m.put("name.ru", r.nameRu());
    m.put("name.kk", r.nameKk());
    m.put("zone", r.zone().getId());
    return m;
  }

  private static void requireAdmin(Actor admin) {
    if (!admin.is(Role.ADMIN)) {
      throw Problem.forbidden("admin.forbidden");
    }
  }

  private static void throwIf(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
  }
}
