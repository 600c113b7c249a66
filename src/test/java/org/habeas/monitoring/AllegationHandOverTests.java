package org.habeas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.TestClock;
import org.habeas.custody.CustodyRecords;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An allegation heard in a private interview becomes a complaint through the complaints module's
 * {@link AllegationHandOver}, linked to the interview. The hand-over of the first test is a
 * stand-in, wired by hand so the shared context stays as it is.
 */
@IntegrationTest
class AllegationHandOverTests {

  @Autowired JdbcClient jdbc;
  @Autowired MonitoringLog log;
  private final Users users;
  private final CustodyRecords records;
  private final PersonalDataReads reads;
  @Autowired Visits visits;
  @Autowired VisitStore store;
  @Autowired FindingStore findingStore;
  @Autowired Findings findings;
  @Autowired Interviews shared;
  @Autowired ApplicationContext context;
  @Autowired PlatformTransactionManager transactions;

  @Autowired
  AllegationHandOverTests(CustodyRecords records, Users users, PersonalDataReads reads) {
    this.records = records;
    this.users = users;
    this.reads = reads;
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
    var interviews =
        new Interviews(visits, store, findingStore, log, records, reads, handOver, TestClock.CLOCK);
    var monitor = users.find("monitor").orElseThrow();
    var tx = new TransactionTemplate(transactions);
    var visit =
        tx.execute(
            s ->
                visits.plan(
                    monitor,
                    new Visits.Plan(
                        "kz-ast-tdf1", TestClock.today(), false, true, null, List.of())));
    var interview = tx.execute(s -> interviews.hold(monitor, visit, "Beaten in the corridor"));
    assertThat(context.getBeansOfType(AllegationHandOver.class))
        .as("the complaints module hands over")
        .hasSize(1);

    var id =
        tx.execute(
            s ->
                interviews.raiseComplaint(
                    monitor, visit, interview, "Beaten in the corridor", null));
    assertThat(id).isEqualTo(complaintId.toString());
    assertThat(raised).containsExactly("monitor|kz-ast-tdf1|Beaten in the corridor");
    assertThat(interviews.of(monitor, visit).getFirst().complaintIds())
        .containsExactly(complaintId.toString());
    assertThat(
            jdbc.sql("select type from mon_event where stream_id = ? order by seq")
                .param(visit)
                .query(String.class)
                .list())
        .containsSubsequence("InterviewHeld", "AllegationHandedOver", "FindingRecorded");
    var finding = findings.ofVisit(visit).getFirst();
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
                visits.plan(
                    monitor,
                    new Visits.Plan(
                        "kz-ast-tdf1", TestClock.today(), false, true, null, List.of())));
    var interview = tx.execute(s -> shared.hold(monitor, visit, "Kicked in cell 4"));
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
    assertThat(shared.of(monitor, visit).getFirst().complaintIds()).containsExactly(id);
  }
}
