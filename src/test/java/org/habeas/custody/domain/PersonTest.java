package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.junit.jupiter.api.Test;

class PersonTest extends CustodyTest {

  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Test
  void juvenileIsUnder18OnDayOfApprehension() {
    var bornOnSecondOfMarch = new Person("Arman", LocalDate.parse("2008-03-02"), null, "KZ", null);

    assertThat(bornOnSecondOfMarch.isJuvenileOn(LocalDate.parse("2026-03-01"))).isTrue();
    assertThat(bornOnSecondOfMarch.isJuvenileOn(LocalDate.parse("2026-03-02"))).isFalse();
  }

  @Test
  void dayOfApprehensionIsTheFacilitysDay() {
    var bornOnSecondOfMarch = new Person("Arman", LocalDate.parse("2008-03-02"), null, "KZ", null);
    // 01:30 on 2 March in Astana is still 1 March in UTC.
    var state = record(apprehended("2026-03-02T01:30+05:00", bornOnSecondOfMarch, Jurisdiction.KZ));

    assertThat(state.isJuvenile(ALMATY)).isFalse();
    assertThat(state.isJuvenile(ZoneId.of("UTC"))).isTrue();
  }

  @Test
  void personBornOnLeapDayComesOfAgeOnFirstOfMarch() {
    var leapling = new Person("Dana", LocalDate.parse("2008-02-29"), null, "KZ", null);

    assertThat(leapling.isJuvenileOn(LocalDate.parse("2026-02-28"))).isTrue();
    assertThat(leapling.isJuvenileOn(LocalDate.parse("2026-03-01"))).isFalse();
  }

  @Test
  void foreignNationalDependsOnJurisdiction() {
    var uzbek = new Person("Timur", LocalDate.parse("1985-01-01"), null, "UZ", "uz");
    var kazakh = adult();
    var british = new Person("John", LocalDate.parse("1985-01-01"), null, "GB", "en");
    var unknown = new Person("Unnamed", LocalDate.parse("1985-01-01"), null, null, null);

    assertThat(uzbek.isForeignNationalIn(Jurisdiction.KZ)).isTrue();
    assertThat(kazakh.isForeignNationalIn(Jurisdiction.KZ)).isFalse();
    assertThat(kazakh.isForeignNationalIn(Jurisdiction.EW)).isTrue();
    assertThat(british.isForeignNationalIn(Jurisdiction.EW)).isFalse();
    assertThat(uzbek.isForeignNationalIn(Jurisdiction.CPT)).isFalse();
    assertThat(unknown.isForeignNationalIn(Jurisdiction.KZ)).isFalse();
  }
}
