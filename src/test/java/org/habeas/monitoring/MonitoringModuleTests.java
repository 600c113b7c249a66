package org.habeas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.habeas.ModuleFixtures;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Monitoring with the modules it may use: a monitor plans a visit to a facility, and the visit is
 * there to work in, with its team.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
// Interviews hand allegations over to complaints, which depends on monitoring: not used to plan.
@MockitoBean(types = AllegationHandOver.class)
// No other test shares this context: closed after the class, its connections go back to the server.
@DirtiesContext
class MonitoringModuleTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    ModuleFixtures.database(registry);
  }

  private static final Actor MONITOR =
      new Actor("monitor", "Module Monitor", Role.MONITOR, null, null, "en");

  @Autowired private Visits visits;
  @Autowired private Facilities facilities;

  @BeforeEach
  void facility() {
    ModuleFixtures.facility(facilities);
  }

  @Test
  void aPlannedVisitIsThereToWorkIn() {
    // given a plan to visit the module tests' facility, unannounced
    var plan =
        new Visits.Plan(
            ModuleFixtures.FACILITY,
            LocalDate.of(2026, 12, 3),
            false,
            false,
            "Night check",
            List.of());

    // when the monitor plans it
    var id = visits.plan(MONITOR, plan);

    // then the visit is found with its facility, its date and the monitor in its team
    var visit = visits.get(MONITOR, id);
    assertThat(visit.facilityId()).isEqualTo(ModuleFixtures.FACILITY);
    assertThat(visit.date()).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(visit.team()).contains("monitor");
  }
}
