package org.habeas.custody;

import static org.assertj.core.api.Assertions.assertThat;

import org.habeas.ModuleFixtures;
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
 * Custody with only what it may use (system, the ledger, the overview): opening a record stores the
 * apprehension as its first event and announces it as {@link CustodyEventRecorded}, carrying the
 * record as it now stands, for the modules that judge, count and note it (none of them here).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
// What custody and system ask of modules left out (safeguards, monitoring): not used to open.
@MockitoBean(types = {MedicalDue.class, Agencies.class, VideoRegister.class})
// No other test shares this context: closed after the class, its connections go back to the server.
@DirtiesContext
class CustodyModuleTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    ModuleFixtures.database(registry);
  }

  @Autowired private CustodyRecords records;
  @Autowired private Facilities facilities;

  @BeforeEach
  void facility() {
    ModuleFixtures.facility(facilities);
  }

  @Test
  void openingARecordAnnouncesItsFirstEventWithTheRecordAsItStands(Scenario scenario) {
    // given an apprehension at the module tests' facility
    var apprehended = ModuleFixtures.apprehended("Module Person");

    // when the officer opens the record
    scenario
        .stimulate(() -> records.open(ModuleFixtures.officer(), apprehended))
        // then its first event is announced, with the record replayed from it
        .andWaitForEventOfType(CustodyEventRecorded.class)
        .matching(e -> e.seq() == 1)
        .toArriveAndVerify(
            (recorded, recordId) -> {
              assertThat(recorded.recordId()).isEqualTo(recordId);
              assertThat(recorded.type()).isEqualTo("Apprehended");
              assertThat(recorded.state()).isNotNull();
              assertThat(recorded.state().apprehendedAt()).isEqualTo(ModuleFixtures.HELD_AT);
            });
  }
}
