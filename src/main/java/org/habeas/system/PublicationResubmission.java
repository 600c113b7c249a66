package org.habeas.system;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Resubmits, while Habeas runs, the publications of Spring Modulith's event publication registry
 * still incomplete {@code habeas.events.resubmit-older-than} after they were published: an
 * after-commit listener that failed (a complaint the database refused, a lost connection), or one
 * an instance that stopped left half done. Every {@code habeas.events.resubmit-every} (zero turns
 * it off); at start-up the registry resubmits every incomplete publication itself ({@code
 * spring.modulith.events.republish-outstanding-events-on-restart}).
 *
 * <p>Safe with several instances: the registry claims each publication with a conditional update
 * (status {@code RESUBMITTED} where it was not), so one instance runs it per round, and every
 * listener is idempotent, so one run twice (still in progress past the age, or resubmitted by
 * another instance's start) changes nothing the second time. A claim whose instance died before its
 * listener ran would stay {@code RESUBMITTED}, which the registry never claims again: after {@code
 * habeas.events.resubmitted-stale-after} it is released ({@code FAILED}) to be claimed anew.
 */
@Component
public class PublicationResubmission extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(PublicationResubmission.class);

  private final IncompleteEventPublications incomplete;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration olderThan;
  private final Duration staleAfter;

  PublicationResubmission(
      IncompleteEventPublications incomplete,
      JdbcClient jdbc,
      Clock clock,
      @Value("${habeas.events.resubmit-every:1m}") Duration every,
      @Value("${habeas.events.resubmit-older-than:1m}") Duration olderThan,
      @Value("${habeas.events.resubmitted-stale-after:10m}") Duration staleAfter,
      MeterRegistry meters) {
    super("events-resubmit", every, meters);
    this.incomplete = incomplete;
    this.jdbc = jdbc;
    this.clock = clock;
    this.olderThan = olderThan;
    this.staleAfter = staleAfter;
  }

  /**
   * Releases stale claims, then resubmits each incomplete publication published more than {@code
   * age} ago to its listener (which runs on the listeners' own threads).
   */
  public void resubmit(Duration age) {
    int released =
        jdbc.sql(
                """
                update event_publication set status = 'FAILED'
                where status = 'RESUBMITTED' and completion_date is null
                  and last_resubmission_date < :stale
                """)
            .param("stale", Timestamp.from(clock.instant().minus(staleAfter)))
            .update();
    if (released > 0) {
      log.warn("Events: {} resubmissions left unfinished released to be claimed again", released);
    }
    incomplete.resubmitIncompletePublicationsOlderThan(age);
  }

  @Override
  protected void pass() {
    resubmit(olderThan);
  }
}
