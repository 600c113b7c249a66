package org.habeas.custody;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what the safeguards module judged of a record ({@link RecordJudged}) in custody's read
 * model, inside the transaction that judged it, so that the board and the detention clock never run
 * the engine.
 *
 * <p>During an append the judgement is not written here: the append publishes its event through
 * {@link #publishing}, which catches the judgement of that record, and then writes the read model's
 * row once with it (one statement per append, and the row of a record being opened is inserted
 * before anything could update it). Judgements published at any other time (the alert sweep judging
 * a record again as time passes) update the row here.
 */
@Component
class RecordJudgements {

  /** The judgement of the record whose event is being published on this thread, once it comes. */
  private static final class Caught {
    private final String recordId;
    private @Nullable RecordJudged judged;

    Caught(String recordId) {
      this.recordId = recordId;
    }
  }

  private final CustodyRecordViews views;
  private final ThreadLocal<@Nullable Caught> caught = new ThreadLocal<>();

  RecordJudgements(CustodyRecordViews views) {
    this.views = views;
  }

  /**
   * Runs {@code publish} (which publishes a custody event; its listeners run synchronously, on this
   * thread) and returns the judgement of {@code recordId} published meanwhile, or null if none was
   * (the engine could not judge the record).
   */
  @Nullable RecordJudged publishing(String recordId, Runnable publish) {
    var outer = caught.get();
    var mine = new Caught(recordId);
    caught.set(mine);
    try {
      publish.run();
    } finally {
      if (outer == null) {
        caught.remove();
      } else {
        caught.set(outer);
      }
    }
    return mine.judged;
  }

  @EventListener
  void on(RecordJudged judged) {
    var during = caught.get();
    if (during != null && during.recordId.equals(judged.recordId())) {
      during.judged = judged;
      return;
    }
    views.judged(judged);
  }
}
