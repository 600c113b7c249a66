package org.habeas.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.habeas.ModuleFixtures;
import org.habeas.custody.CustodyRecords;
import org.habeas.statistics.readmodel.Dashboards;
import org.habeas.system.Agencies;
import org.habeas.system.Facilities;
import org.habeas.system.VideoRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Statistics with the modules they may use, and what those use in turn: a record custody stores is
 * counted in the read model the dashboards and the open data are drawn from, under its facility and
 * month.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
// What system asks of monitoring, and what the statistics show of modules they may not depend on
// (complaints, monitoring, training provide these figures): not used here.
@MockitoBean(
    types = {
      Agencies.class,
      VideoRegister.class,
      ComplaintFigures.class,
      RecommendationFigures.class,
      TrainingFigures.class
    })
// No other test shares this context: closed after the class, its connections go back to the server.
@DirtiesContext
class StatisticsModuleTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    ModuleFixtures.database(registry);
  }

  @Autowired private CustodyRecords records;
  @Autowired private Dashboards dashboards;
  @Autowired private Facilities facilities;

  @BeforeEach
  void facility() {
    ModuleFixtures.facility(facilities);
  }

  @Test
  void aNewRecordIsCountedUnderItsFacilityAndMonth(Scenario scenario) {
    // given the figures of the module tests' facility for the year
    var filter = StatisticsFilter.year(2026).atFacility(ModuleFixtures.FACILITY);
    long before = dashboards.figures(filter).totals().records();

    // when a record is opened there
    scenario
        .stimulate(
            () ->
                records.open(
                    ModuleFixtures.officer(), ModuleFixtures.apprehended("Counted Person")))
        // then, once the projector has seen it (after the custody write commits), the figures
        // count one record more
        .andWaitForStateChange(() -> dashboards.figures(filter).totals().records(), n -> n > before)
        .andVerify(n -> assertThat(n).isEqualTo(before + 1));
  }
}
