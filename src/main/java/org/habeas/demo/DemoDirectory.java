package org.habeas.demo;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.habeas.system.Facility;
import org.habeas.system.Region;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;

/**
 * The demo's regions, facilities and users: four Kazakh regions with police departments, temporary
 * detention facilities and remand prisons, and one Metropolitan Police custody suite for the {@code
 * ew} profile.
 */
final class DemoDirectory {

  /**
   * What the demo's fixed table {@code table} holds for {@code key}: every key asked for is there.
   */
  static <V> V known(Map<String, V> table, String key) {
    return Objects.requireNonNull(table.get(key), key);
  }

  static final ZoneId KZ = ZoneId.of("Asia/Almaty");
  static final ZoneId AKTOBE = ZoneId.of("Asia/Aqtobe");
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  static final String KIND_PD = "police-department";
  static final String KIND_TDF = "temporary-detention-facility";
  static final String KIND_SIZO = "remand-prison";
  static final String KIND_SUITE = "custody-suite";

  /** The first Kazakh facility: the officer and the doctor of the demo work here. */
  static final String AST_TDF = "kz-ast-tdf1";

  static final String AST_PD1 = "kz-ast-pd1";
  static final String EW_SUITE = "ew-met-cs1";

  static final List<Region> REGIONS =
      List.of(
          new Region("ast", "Astana", "Астана", "Астана", KZ),
          new Region("alm", "Almaty", "Алматы", "Алматы", KZ),
          new Region("kar", "Karaganda Region", "Карагандинская область", "Қарағанды облысы", KZ),
          new Region("akt", "Aktobe Region", "Актюбинская область", "Ақтөбе облысы", AKTOBE),
          new Region(
              "met",
              "London (Metropolitan Police)",
              "Лондон (Столичная полиция)",
              "Лондон (Митрополиттік полиция)",
              LONDON));

  /** In the order they are added; the first Kazakh one is {@link #AST_TDF}. */
  static final List<Facility> FACILITIES =
      List.of(
          kz(
              AST_TDF,
              "Temporary Detention Facility of the Astana Police Department",
              KIND_TDF,
              "ast"),
          kz(AST_PD1, "Yesil District Police Department, Astana", KIND_PD, "ast"),
          kz("kz-ast-pd2", "Saryarka District Police Department, Astana", KIND_PD, "ast"),
          kz("kz-ast-sizo1", "Remand Prison No. 1, Astana", KIND_SIZO, "ast"),
          kz(
              "kz-alm-tdf1",
              "Temporary Detention Facility of the Almaty Police Department",
              KIND_TDF,
              "alm"),
          kz("kz-alm-pd1", "Almaly District Police Department, Almaty", KIND_PD, "alm"),
          kz("kz-alm-pd2", "Auezov District Police Department, Almaty", KIND_PD, "alm"),
          kz("kz-alm-sizo1", "Remand Prison No. 1, Almaty", KIND_SIZO, "alm"),
          kz(
              "kz-kar-tdf1",
              "Temporary Detention Facility of the Karaganda Region Police Department",
              KIND_TDF,
              "kar"),
          kz("kz-kar-pd1", "Kazybek Bi District Police Department, Karaganda", KIND_PD, "kar"),
          kz("kz-kar-pd2", "Temirtau City Police Department", KIND_PD, "kar"),
          kz("kz-kar-sizo1", "Remand Prison No. 1, Karaganda", KIND_SIZO, "kar"),
          kz(
              "kz-akt-tdf1",
              "Temporary Detention Facility of the Aktobe Region Police Department",
              KIND_TDF,
              "akt"),
          kz("kz-akt-pd1", "Aktobe City Police Department", KIND_PD, "akt"),
          kz("kz-akt-sizo1", "Remand Prison No. 1, Aktobe", KIND_SIZO, "akt"),
          new Facility(
              EW_SUITE,
              "Charing Cross Custody Suite, Metropolitan Police",
              KIND_SUITE,
              "met",
              LONDON,
              "ew"));

  private static final Map<String, Facility> BY_ID =
      FACILITIES.stream().collect(Collectors.toMap(Facility::id, Function.identity()));

  /** A demo sign-in. */
  record DemoUser(
      String username,
      String displayName,
      Role role,
      @Nullable String facilityId,
      @Nullable String regionCode,
      String language) {}

  static final DemoUser INVESTIGATOR =
      new DemoUser("investigator", "Yerlan Zhumabayev", Role.INVESTIGATOR, AST_PD1, "ast", "ru");
  static final DemoUser DOCTOR =
      new DemoUser("doctor", "Aigerim Seitkali", Role.DOCTOR, AST_TDF, "ast", "kk");
  static final DemoUser LAWYER =
      new DemoUser("lawyer", "Gulnara Tasheva", Role.LAWYER, null, "ast", "ru");
  static final DemoUser OFFICER_EW =
      new DemoUser("officer-ew", "Emma Clarke", Role.CUSTODY_OFFICER, EW_SUITE, "met", "en");

  /**
   * The sign-ins docs/design/product.md names first, then one custody officer per other facility.
   */
  static final List<DemoUser> USERS =
      List.of(
          officer("officer", "Serik Akhmetov", AST_TDF, "en"),
          OFFICER_EW,
          INVESTIGATOR,
          DOCTOR,
          new DemoUser("prosecutor", "Daniyar Omarov", Role.PROSECUTOR, null, "ast", "ru"),
          LAWYER,
          new DemoUser("monitor", "Zhanar Aitzhanova", Role.MONITOR, null, null, "en"),
          new DemoUser("trainer", "Marat Iskakov", Role.TRAINER, null, null, "kk"),
          new DemoUser("focal-point", "Aliya Bekturova", Role.FOCAL_POINT, null, null, "ru"),
          new DemoUser("admin", "Timur Kassymov", Role.ADMIN, null, null, "en"),
          officer("officer-ast-pd1", "Azamat Tulegenov", AST_PD1, "kk"),
          officer("officer-ast-pd2", "Dmitry Kim", "kz-ast-pd2", "ru"),
          officer("officer-ast-sizo1", "Bakhytzhan Amirov", "kz-ast-sizo1", "kk"),
          officer("officer-alm", "Askar Dzhaksybekov", "kz-alm-tdf1", "ru"),
          officer("officer-alm-pd1", "Kanat Abenov", "kz-alm-pd1", "kk"),
          officer("officer-alm-pd2", "Olga Pak", "kz-alm-pd2", "ru"),
          officer("officer-alm-sizo1", "Yerbol Sarsenbayev", "kz-alm-sizo1", "ru"),
          officer("officer-kar", "Viktor Shevchenko", "kz-kar-tdf1", "ru"),
          officer("officer-kar-pd1", "Ruslan Baimukhanov", "kz-kar-pd1", "ru"),
          officer("officer-kar-pd2", "Yevgeny Morozov", "kz-kar-pd2", "ru"),
          officer("officer-kar-sizo1", "Nurlan Kenzhebayev", "kz-kar-sizo1", "kk"),
          officer("officer-akt", "Nurbol Yesenov", "kz-akt-tdf1", "kk"),
          officer("officer-akt-pd1", "Bolat Zhaksylykov", "kz-akt-pd1", "kk"),
          officer("officer-akt-sizo1", "Aizhan Utepova", "kz-akt-sizo1", "kk"));

  private static final Map<String, DemoUser> OFFICER_OF =
      USERS.stream()
          .filter(u -> u.role() == Role.CUSTODY_OFFICER)
          .collect(Collectors.toMap(u -> String.valueOf(u.facilityId()), Function.identity()));

  private DemoDirectory() {}

  static Facility facility(String id) {
    var f = BY_ID.get(id);
    if (f == null) {
      throw new IllegalArgumentException("no demo facility " + id);
    }
    return f;
  }

  /** The custody officer of the facility. */
  static DemoUser officerAt(String facilityId) {
    var u = OFFICER_OF.get(facilityId);
    if (u == null) {
      throw new IllegalArgumentException("no demo officer at " + facilityId);
    }
    return u;
  }

  /** The facilities of a region of the given kind, in the order added. */
  static List<Facility> of(String regionCode, String kind) {
    return FACILITIES.stream()
        .filter(f -> f.regionCode().equals(regionCode) && f.kind().equals(kind))
        .toList();
  }

  private static Facility kz(String id, String name, String kind, String region) {
    return new Facility(id, name, kind, region, region.equals("akt") ? AKTOBE : KZ, "kz");
  }

  private static DemoUser officer(String username, String name, String facility, String lang) {
    return new DemoUser(
        username, name, Role.CUSTODY_OFFICER, facility, facility(facility).regionCode(), lang);
  }
}
