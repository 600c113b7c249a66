package org.habeas.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Role;
import org.habeas.system.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The evidence files of findings and progress reports: checked on the way in, served on the way out
 * only to those who may see what they prove.
 */
@Service
public class Evidence {

  /** A stored evidence file: media type, name and bytes. */
  public record EvidenceFile(String mediaType, String fileName, byte[] content) {}

  private static final int MOST_FILES = 10;

  private final EvidenceStore store;
  private final Recommendations recommendations;
  private final int maxBytes;

  Evidence(
      EvidenceStore store,
      Recommendations recommendations,
      @Value("${habeas.monitoring.evidence-max-bytes:5242880}") int maxBytes) {
    this.store = store;
    this.recommendations = recommendations;
    this.maxBytes = maxBytes;
  }

  /** The largest file accepted, in bytes. */
  public int maxBytes() {
    return maxBytes;
  }

  /**
   * The files of a form that pass the checks; what is wrong with the others goes to {@code
   * problems} under "evidence". With {@code limited}, at most ten files are taken.
   */
  List<EvidenceFiles.Checked> check(
      List<Upload> files, boolean limited, List<FieldProblem> problems) {
    var checked = new ArrayList<EvidenceFiles.Checked>();
    for (var f : files) {
      if (f.empty()) {
        continue;
      }
      try {
        checked.add(EvidenceFiles.check(f, maxBytes));
      } catch (EvidenceFiles.Refused r) {
        problems.add(new FieldProblem("evidence", r.code(), maxBytes / 1024 / 1024));
      }
    }
    if (limited && checked.size() > MOST_FILES) {
      problems.add(new FieldProblem("evidence", "monitoring.evidence.tooMany", MOST_FILES));
    }
    return checked;
  }

  /** Stores checked files with a finding or a progress report; returns their SHA-256 digests. */
  List<String> store(
      Actor actor,
      @Nullable String findingId,
      @Nullable String progressId,
      List<EvidenceFiles.Checked> files,
      Instant at) {
    var hashes = new ArrayList<String>();
    for (var c : files) {
      store.insert(findingId, progressId, c, at, actor.username());
      hashes.add(c.sha256());
    }
    return hashes;
  }

  /**
   * An evidence file's bytes, for monitors, and for focal points only the evidence of progress
   * reports on their agency's recommendations.
   */
  public EvidenceFile file(Actor actor, String evidenceId) {
    var stored =
        store.find(evidenceId).orElseThrow(() -> Problem.notFound("monitoring.evidenceNotFound"));
    if (actor.is(Role.MONITOR)) {
      return stored.file();
    }
    if (stored.progressId() != null
        && recommendations.mayReadProgress(actor, stored.progressId())) {
      return stored.file();
    }
    throw Problem.notFound("monitoring.evidenceNotFound");
  }
}
