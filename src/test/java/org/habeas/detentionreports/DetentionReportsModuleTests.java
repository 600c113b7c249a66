package org.habeas.detentionreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.habeas.ModuleFixtures;
import org.habeas.system.Agencies;
import org.habeas.system.Facilities;
import org.habeas.system.VideoRegister;
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
 * Detention reports with the modules they may use: a relative reports a detention at a facility and
 * gets a code; with the code alone (nothing personal) anyone can follow the report's state and the
 * time the facility has to register the person.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
// What system asks of monitoring, which it may not depend on: not used here.
@MockitoBean(types = {Agencies.class, VideoRegister.class})
// No other test shares this context: closed after the class, its connections go back to the server.
@DirtiesContext
class DetentionReportsModuleTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    ModuleFixtures.database(registry);
  }

  @Autowired private DetentionReports reports;
  @Autowired private Facilities facilities;

  @BeforeEach
  void facility() {
    ModuleFixtures.facility(facilities);
  }

  @Test
  void aRelativesReportIsFollowedByItsCode() {
    // given a relative's report of a detention at the module tests' facility
    var report =
        new DetentionReport(
            "Reported Person",
            LocalDate.of(1995, 7, 1),
            null,
            ModuleFixtures.FACILITY,
            null,
            null,
            LocalDateTime.of(2026, 12, 2, 10, 0),
            "Taken from home by two officers this morning.",
            ReporterRelation.RELATIVE,
            "A Relative",
            "+7 700 000 00 00",
            null);

    // when it is made
    var made = reports.report(report, List.of(), "192.0.2.10");

    // then its code finds its public state, which says when it was made and nothing personal
    var status = reports.status(made.code(), "192.0.2.10");
    assertThat(status).isPresent();
    assertThat(status.orElseThrow().state()).isEqualTo(made.state());
    assertThat(status.orElseThrow().toString()).doesNotContain("Reported Person");
  }
}
