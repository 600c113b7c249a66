package org.habeas.custody;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.springframework.stereotype.Component;

/**
 * Who may see and write what on a custody record (least privilege, product.md): an officer the
 * records of their facility, an investigator those where they questioned, a doctor the medical part
 * at their facility, a prosecutor their region, a lawyer their clients', a monitor everything
 * pseudonymised unless they give a reason, the administrator no detainee data at all.
 */
@Component
class CustodyAccess {

  private static final Set<Class<? extends CustodyEvent>> MEDICAL =
      Set.of(MedicalExaminationCompleted.class, InjuryRecorded.class);
  private static final Set<Class<? extends CustodyEvent>> INVESTIGATIVE =
      Set.of(
          InterrogationStarted.class,
          InterrogationEnded.class,
          LawyerNotified.class,
          InterpreterAssigned.class,
          RightsExplained.class,
          AllegationMade.class);
  private static final Set<Class<? extends CustodyEvent>> PROSECUTORIAL =
      Set.of(
          ReleaseOrdered.class,
          DetentionExtended.class,
          DetentionReviewed.class,
          AllegationMade.class,
          ProsecutorNotified.class);

  private final Facilities facilities;

  CustodyAccess(Facilities facilities) {
    this.facilities = facilities;
  }

  Visibility visibility(Actor a, CustodyRecord r) {
    return switch (a.role()) {
      case CUSTODY_OFFICER -> atFacility(a, r) ? Visibility.FULL : Visibility.NONE;
      case DOCTOR -> atFacility(a, r) ? Visibility.MEDICAL : Visibility.NONE;
      case INVESTIGATOR -> questioned(a, r) ? Visibility.FULL : Visibility.NONE;
      case PROSECUTOR -> inRegion(a, r) ? Visibility.FULL : Visibility.NONE;
      case LAWYER ->
          names(r.lawyers()).stream().anyMatch(keysOf(a)::contains)
              ? Visibility.FULL
              : Visibility.NONE;
      case MONITOR -> Visibility.PSEUDONYMISED;
      case ADMIN, TRAINER, FOCAL_POINT -> Visibility.NONE;
    };
  }

  /** Whether the actor may record an event of this kind on the record. */
  boolean mayAppend(Actor a, CustodyRecord r, CustodyEvent e) {
    var kind = e instanceof Corrected c ? c.replacement().getClass() : e.getClass();
    return switch (a.role()) {
      case CUSTODY_OFFICER ->
          atFacility(a, r)
              || (e instanceof ArrivedAtFacility arr && arr.facilityId().equals(a.facilityId()));
      case DOCTOR -> atFacility(a, r) && MEDICAL.contains(kind);
      case INVESTIGATOR ->
          (questioned(a, r) && INVESTIGATIVE.contains(kind))
              || (atFacility(a, r)
                  && e instanceof InterrogationStarted i
                  && keysOf(a).contains(nameKey(i.interrogator())));
      case PROSECUTOR -> inRegion(a, r) && PROSECUTORIAL.contains(kind);
      case LAWYER -> visibility(a, r) == Visibility.FULL && kind == AllegationMade.class;
      case MONITOR -> kind == AllegationMade.class;
      case ADMIN, TRAINER, FOCAL_POINT -> false;
    };
  }

  /** Whether the actor may open a record at the facility named by the apprehension. */
  boolean mayOpen(Actor a, Apprehended e) {
    return switch (a.role()) {
      case CUSTODY_OFFICER -> e.facilityId().equals(a.facilityId());
      default -> false;
    };
  }

  /** The SQL condition (on custody_record_view v) and its parameters for the records listed. */
  Map.Entry<String, Map<String, Object>> listCondition(Actor a) {
    return switch (a.role()) {
      case CUSTODY_OFFICER, DOCTOR -> Map.entry(VISITED, Map.of("facility", facilityKey(a)));
      case INVESTIGATOR ->
          Map.entry(
              "exists (select 1 from custody_party p where p.record_id = v.record_id"
                  + " and p.kind = 'interrogator' and p.name_key in (:names))",
              Map.of("names", keysOf(a)));
      case PROSECUTOR ->
          Map.entry("v.region_code = :region", Map.of("region", String.valueOf(a.regionCode())));
      case LAWYER ->
          Map.entry(
              "exists (select 1 from custody_party p where p.record_id = v.record_id and p.kind ="
                  + " 'lawyer' and p.name_key in (:names))",
              Map.of("names", keysOf(a)));
      case MONITOR -> Map.entry("1 = 1", Map.of());
      case ADMIN, TRAINER, FOCAL_POINT -> Map.entry("1 = 0", Map.of());
    };
  }

  /** Records that have been at the actor's facility (parties of kind {@code facility}). */
  private static final String VISITED =
      "exists (select 1 from custody_party p where p.record_id = v.record_id and p.kind ="
          + " 'facility' and p.name_key = :facility)";

  private static String facilityKey(Actor a) {
    return nameKey(String.valueOf(a.facilityId()));
  }

  /** How names are compared: trimmed, lower-case, inner spaces folded. */
  static String nameKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static List<String> keysOf(Actor a) {
    return List.of(nameKey(a.username()), nameKey(a.displayName()));
  }

  private static List<String> names(java.util.Collection<String> names) {
    return names.stream().map(CustodyAccess::nameKey).toList();
  }

  /** An investigator sees the records of the people they questioned, and only those. */
  private static boolean questioned(Actor a, CustodyRecord r) {
    return names(r.interrogators()).stream().anyMatch(keysOf(a)::contains);
  }

  private static boolean atFacility(Actor a, CustodyRecord r) {
    return a.facilityId() != null && r.facilitiesVisited().contains(a.facilityId());
  }

  private boolean inRegion(Actor a, CustodyRecord r) {
    return a.regionCode() != null
        && r.facilitiesVisited().stream()
            .map(facilities::find)
            .flatMap(java.util.Optional::stream)
            .map(Facility::regionCode)
            .anyMatch(a.regionCode()::equals);
  }
}
