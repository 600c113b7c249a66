package org.habeas.statistics.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Reports generated on request: each request is a job with a random id that its requester polls for
 * progress and then downloads. Jobs live in memory for {@link #KEEP} (a report is generated again
 * in seconds), on the instance that made them; two at a time at most.
 */
@Component
public class ReportJobs implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

  static final Duration KEEP = Duration.ofHours(1);

  /** One report being made, or made. */
  public static final class Job {
    private final String id;
    private final String owner;
    private final int year;
    private final String language;
    private final Instant created;
    private volatile int progress;
    private volatile byte @Nullable [] pdf;
    private volatile boolean failed;

    Job(String id, String owner, int year, String language, Instant created) {
      this.id = id;
      this.owner = owner;
      this.year = year;
      this.language = language;
      this.created = created;
    }

    public String id() {
      return id;
    }

    public int year() {
      return year;
    }

    public String language() {
      return language;
    }

    public int progress() {
      return progress;
    }

    public boolean done() {
      return pdf != null;
    }

    public boolean failed() {
      return failed;
    }

    public byte @Nullable [] pdf() {
      return pdf;
    }

    public String fileName() {
      return "habeas-annual-report-" + year + "-" + language + ".pdf";
    }
  }

  private final AnnualReport report;
  private final Clock clock;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          2, task -> Thread.ofPlatform().name("annual-report").daemon().unstarted(task));

  ReportJobs(AnnualReport report, Clock clock) {
    this.report = report;
    this.clock = clock;
  }

  /** Starts a report for the user; returns the job at once. */
  public Job start(String owner, int year, String language) {
    var now = clock.instant();
    jobs.values().removeIf(j -> j.created.plus(KEEP).isBefore(now));
    var job = new Job(UUID.randomUUID().toString(), owner, year, language, now);
    jobs.put(job.id, job);
    job.progress = 5;
    executor.execute(
        () -> {
          try {
            job.pdf = report.pdf(year, Locale.forLanguageTag(language), p -> job.progress = p);
          } catch (RuntimeException e) {
            job.failed = true;
            log.warn("Statistics: annual report {} ({}) failed", year, language, e);
          }
        });
    return job;
  }

  /** The user's job, if it exists (another user's job is not theirs to see). */
  public Optional<Job> find(String owner, String id) {
    return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
