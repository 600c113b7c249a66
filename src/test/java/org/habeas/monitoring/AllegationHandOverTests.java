package org.habeas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.custody.CustodyRecords;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.system.Facilities;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An allegation heard in a private interview becomes a complaint through the complaints module's
 * {@link AllegationHandOver}, linked to the interview; without that module the action is refused.
 * The hand-over here is a stand-in, wired by hand so the shared context stays as it is.
 */
@IntegrationTest
class AllegationHandOverTests {

  @Autowired JdbcClient jdbc;
  @Autowired MonitoringLog log;
  private final Facilities facilities;
  private final Users users;
  private final CustodyRecords records;
  private final RecordSafeguards safeguards;
  private final PersonalDataReads reads;
  @Autowired Visits shared;
  @Autowired PlatformTransactionManager transactions;

  @Autowired
  AllegationHandOverTests(
      Facilities facilities,
      CustodyRecords records,
      Users users,
      PersonalDataReads reads,
      RecordSafeguards safeguards) {
    this.facilities = facilities;
    this.records = records;
    this.users = users;
    this.reads = reads;
    this.safeguards = safeguards;
  }

  @Test
  void anAllegationBecomesALinkedComplaintAndIsLogged() {
    var raised = new ArrayList<String>();
    var complaintId = UUID.randomUUID();
    AllegationHandOver handOver =
        (actor, facility, text, recordId, heardAt) -> {
          raised.add(actor.username() + "|" + facility + "|" + text);
          return complaintId;
        };
    var beans = new StaticListableBeanFactory();
    beans.addBean("handOver", handOver);
    var visits =
        new Visits(
            jdbc,
            log,
            facilities,
            users,
            records,
            safeguards,
            reads,
            beans.getBeanProvider(AllegationHandOver.class),
            org.habeas.TestClock.CLOCK,
            1 << 20);
    var monitor = users.find("monitor").orElseThrow();
    var tx = new TransactionTemplate(transactions);
    var visit =
        tx.execute(
            s ->
                visits.plan(
                    monitor,
                    new Visits.Plan(
                        "kz-ast-tdf1",
                        org.habeas.TestClock.today(),
                        false,
                        true,
                        null,
                        List.of())));
    var interview = tx.execute(s -> visits.interview(monitor, visit, "Beaten in the corridor"));
    assertThat(visits.complaintsAvailable()).isTrue();
    assertThat(shared.complaintsAvailable()).as("the complaints module hands over").isTrue();

    var id =
        tx.execute(
            s -> visits.raiseComplaint(monitor, visit, interview, "Beaten in the corridor", null));
    assertThat(id).isEqualTo(complaintId.toString());
    assertThat(raised).containsExactly("monitor|kz-ast-tdf1|Beaten in the corridor");
    assertThat(visits.interviews(monitor, visit).getFirst().complaintIds())
        .containsExactly(complaintId.toString());
    assertThat(
            jdbc.sql("select type from mon_event where stream_id = ? order by seq")
                .param(visit)
                .query(String.class)
                .list())
        .containsSubsequence("InterviewHeld", "AllegationHandedOver", "FindingRecorded");
    var finding = visits.findings(visit).getFirst();
    assertThat(finding.complaintId()).isEqualTo(complaintId.toString());
    assertThat(finding.text()).doesNotContain("corridor");
  }

  @Test
  void theComplaintsModuleTakesTheAllegationInAsAnOralComplaint() {
    var monitor = users.find("monitor").orElseThrow();
    var tx = new TransactionTemplate(transactions);
    var visit =
        tx.execute(
            s ->
                shared.plan(
                    monitor,
                    new Visits.Plan(
                        "kz-ast-tdf1",
                        org.habeas.TestClock.today(),
                        false,
                        true,
                        null,
                        List.of())));
    var interview = tx.execute(s -> shared.interview(monitor, visit, "Kicked in cell 4"));
    var id =
        tx.execute(s -> shared.raiseComplaint(monitor, visit, interview, "Kicked in cell 4", null));
    assertThat(
            jdbc.sql(
                    "select source || '|' || facility_id || '|' || lodged_by || '|' || narrative"
                        + " from complaint where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("ORAL|kz-ast-tdf1|monitor|Kicked in cell 4");
    assertThat(shared.interviews(monitor, visit).getFirst().complaintIds()).containsExactly(id);
  }
}
