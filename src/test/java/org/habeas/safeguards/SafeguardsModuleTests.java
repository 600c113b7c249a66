package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import org.habeas.ModuleFixtures;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordJudged;
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
 * The safeguards with what they may use, and what that uses in turn: a record custody stores is
 * judged against its legal profile in the same write, and the judgement comes back to custody as
 * {@link RecordJudged}: the legal limit of the detention and the next deadline.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
// What system asks of monitoring, which it may not depend on: not used here.
@MockitoBean(types = {Agencies.class, VideoRegister.class})
// No other test shares this context: closed after the class, its connections go back to the server.
@DirtiesContext
class SafeguardsModuleTests {

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
  void aNewRecordIsJudgedOnTheKazakhProfile(Scenario scenario) {
    // given an apprehension at a facility on the Kazakh profile
    var apprehended = ModuleFixtures.apprehended("Judged Person");

    // when the officer opens the record
    scenario
        .stimulate(() -> records.open(ModuleFixtures.officer(), apprehended))
        // then the record's judgement comes back: a limit to the detention and a next deadline
        .andWaitForEventOfType(RecordJudged.class)
        .toArriveAndVerify(
            (judged, recordId) -> {
              assertThat(judged.recordId()).isEqualTo(recordId);
              assertThat(judged.legalLimit()).isAfter(ModuleFixtures.HELD_AT);
              assertThat(judged.next()).isNotNull();
            });
  }
}
