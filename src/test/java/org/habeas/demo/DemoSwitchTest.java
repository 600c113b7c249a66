package org.habeas.demo;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.habeas.custody.CustodyRecords;
import org.habeas.detentionreports.DetentionReports;
import org.habeas.monitoring.Cameras;
import org.habeas.monitoring.Checklists;
import org.habeas.monitoring.Findings;
import org.habeas.monitoring.RecommendationIssuing;
import org.habeas.monitoring.RecommendationProgress;
import org.habeas.monitoring.Recommendations;
import org.habeas.monitoring.RecordSamples;
import org.habeas.monitoring.Visits;
import org.habeas.system.Facilities;
import org.habeas.system.ScopedClock;
import org.habeas.system.Users;
import org.habeas.training.Certificates;
import org.habeas.training.Courses;
import org.habeas.training.JointEvents;
import org.habeas.training.Participants;
import org.habeas.training.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo loaders decide at run time, from {@code habeas.demo.enabled}, whether to load anything
 * (they are beans whatever the setting, so that one Spring AOT-processed jar serves both): off,
 * they touch nothing at all; on, they look at the database before loading.
 */
class DemoSwitchTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T09:30:00Z"), ZoneOffset.UTC);
  private static final ScopedClock SCOPED = new ScopedClock(CLOCK);
  private static final DefaultApplicationArguments ARGS = new DefaultApplicationArguments();

  private final Users users = mock(Users.class);
  private final Facilities facilities = mock(Facilities.class);
  private final CustodyRecords records = mock(CustodyRecords.class);
  private final DemoComplaints complaints = mock(DemoComplaints.class);
  private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

  @Test
  void demoDataOffLoadsNothing() {
    new DemoData(users, facilities, records, complaints, transactions, SCOPED, 220, false)
        .run(ARGS);
    verifyNoInteractions(users, facilities, records, complaints, transactions);
  }

  @Test
  void demoDataOnLooksForUsersFirst() {
    when(users.any()).thenReturn(true);
    new DemoData(users, facilities, records, complaints, transactions, SCOPED, 220, true).run(ARGS);
    verify(users).any();
    verifyNoInteractions(facilities, records, complaints, transactions);
  }

  @Test
  void trainingFollowsTheSwitch() {
    var directory = mock(StaffDirectory.class);
    var courses = mock(Courses.class);
    var participants = mock(Participants.class);
    var certificates = mock(Certificates.class);
    var events = mock(JointEvents.class);
    new DemoTraining(
            directory, courses, participants, certificates, events, transactions, CLOCK, false)
        .run(ARGS);
    verifyNoInteractions(directory, courses, participants, certificates, events, transactions);

    when(directory.count(null)).thenReturn(1L);
    new DemoTraining(
            directory, courses, participants, certificates, events, transactions, CLOCK, true)
        .run(ARGS);
    verify(directory).count(null);
    verifyNoInteractions(transactions);
  }

  @Test
  void monitoringFollowsTheSwitch() {
    var visits = mock(Visits.class);
    var cameras = mock(Cameras.class);
    var recommendations = mock(Recommendations.class);
    monitoring(visits, cameras, recommendations, false).run(ARGS);
    verifyNoInteractions(visits, cameras, recommendations, users, transactions);

    when(users.find("monitor")).thenReturn(Optional.empty());
    monitoring(visits, cameras, recommendations, true).run(ARGS);
    verify(users).find("monitor");
    verifyNoInteractions(transactions);
  }

  private DemoMonitoring monitoring(
      Visits visits, Cameras cameras, Recommendations recommendations, boolean enabled) {
    return new DemoMonitoring(
        visits,
        mock(Checklists.class),
        mock(RecordSamples.class),
        mock(Findings.class),
        cameras,
        recommendations,
        mock(RecommendationIssuing.class),
        mock(RecommendationProgress.class),
        users,
        transactions,
        new ScopedClock(CLOCK),
        enabled);
  }

  @Test
  void reportsOfADetentionFollowTheSwitch() {
    var reports = mock(DetentionReports.class);
    var jdbc = mock(JdbcClient.class);
    new DemoDetentionReports(reports, records, jdbc, transactions, SCOPED, false).run(ARGS);
    verifyNoInteractions(reports, records, jdbc, transactions);
  }
}
