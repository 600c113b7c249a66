package org.habeas.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import org.habeas.ModuleFixtures;
import org.habeas.custody.AllegationMade;
import org.habeas.custody.CustodyRecords;
import org.habeas.system.Agencies;
import org.habeas.system.Facilities;
import org.habeas.system.VideoRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Complaints with the modules they may use, and what those use in turn: an allegation of
 * ill-treatment written into a custody record raises a complaint after the custody write commits,
 * without anyone lodging it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
// What system asks of monitoring (focal points' agencies, the video register): not used here.
@MockitoBean(types = {Agencies.class, VideoRegister.class})
// No other test shares this context: closed after the class, its connections go back to the server.
@DirtiesContext
class ComplaintsModuleTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    ModuleFixtures.database(registry);
  }

  @Autowired private CustodyRecords records;
  @Autowired private Facilities facilities;
  @Autowired private JdbcClient jdbc;

  @BeforeEach
  void facility() {
    ModuleFixtures.facility(facilities);
  }

  @Test
  void anAllegationInACustodyRecordRaisesAComplaint(Scenario scenario) {
    // given a record of a person held at the module tests' facility
    var recordId =
        records.open(ModuleFixtures.officer(), ModuleFixtures.apprehended("Alleging Person"));

    // when the officer records the person's allegation
    scenario
        .stimulate(
            () ->
                records.append(
                    ModuleFixtures.officer(),
                    recordId,
                    new AllegationMade(
                        ModuleFixtures.HELD_AT.plusSeconds(3600),
                        "arresting officers",
                        "Beaten in the car"),
                    null))
        // then a complaint about that record is raised
        .andWaitForStateChange(() -> complaintsAbout(recordId), n -> n > 0)
        .andVerify(n -> assertThat(n).isOne());
  }

  private long complaintsAbout(String recordId) {
    return jdbc.sql("select count(*) from complaint where custody_record_id = ?")
        .param(recordId)
        .query(Long.class)
        .single();
  }
}
