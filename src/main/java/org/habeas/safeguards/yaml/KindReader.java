package org.habeas.safeguards.yaml;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.habeas.custody.DelayedRight;
import org.habeas.safeguards.DelayExcuse;
import org.habeas.safeguards.Delays;
import org.habeas.safeguards.EventPattern;
import org.habeas.safeguards.Extension;
import org.habeas.safeguards.Limit;
import org.habeas.safeguards.ProfileProblem;
import org.habeas.safeguards.QuestioningCheck;
import org.habeas.safeguards.RuleKind;
import org.habeas.safeguards.RuleTerms;
import org.habeas.safeguards.Waiver;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the terms of each kind of rule ({@link KindKeys} says which keys each kind takes). */
final class KindReader {

  private KindReader() {}

  /** The terms, or null if anything in them is wrong (each problem is reported). */
  static @Nullable RuleTerms read(RuleKind kind, Section s, Problems p, boolean relevantTime) {
    return switch (kind) {
      case DEADLINE -> deadline(s, p, relevantTime);
      case ABSOLUTE_MAX -> {
        List<EventPattern> from = from(s, p, relevantTime);
        List<EventPattern> metBy = required(s, p, "metBy");
        Limit limit = Terms.limit(s, p, Terms.types(from));
        yield limit == null || from.isEmpty() || metBy.isEmpty()
            ? null
            : new RuleTerms.AbsoluteMax(from, metBy, limit);
      }
      case BEFORE_FIRST_QUESTIONING -> {
        List<EventPattern> metBy = required(s, p, "metBy");
        Node fromNode = s.get("from");
        List<EventPattern> from =
            fromNode == null
                ? List.of(EventPattern.of("Apprehended"))
                : Terms.patterns(fromNode, s.at("from"), p, relevantTime, s.at("from"));
        Duration limit = Values.duration(s.get("limit"), s.at("limit"), p);
        yield metBy.isEmpty() ? null : new RuleTerms.BeforeFirstQuestioning(metBy, from, limit);
      }
      case EVERY_QUESTIONING -> everyQuestioning(s, p);
      case CONTINUOUS_MAX -> {
        Limit limit = Terms.limit(s, p, List.of());
        Duration minBreak = Values.duration(s.require("minBreak"), s.at("minBreak"), p);
        yield limit == null || minBreak == null
            ? null
            : new RuleTerms.ContinuousMax(limit, minBreak);
      }
      case PER_DAY_TOTAL -> {
        Limit limit = Terms.limit(s, p, List.of());
        yield limit == null ? null : new RuleTerms.PerDayTotal(limit);
      }
      case NIGHT_WINDOW -> night(s, p);
      case PERIODIC -> {
        List<EventPattern> from = from(s, p, false);
        List<EventPattern> metBy = required(s, p, "metBy");
        Limit limit = Terms.limit(s, p, Terms.types(from));
        List<EventPattern> pausedBy =
            Terms.patterns(s.get("pausedBy"), s.at("pausedBy"), p, false, s.at("pausedBy"));
        yield limit == null || from.isEmpty() || metBy.isEmpty()
            ? null
            : new RuleTerms.Periodic(from, metBy, limit, pausedBy);
      }
      case REST_PERIOD -> {
        List<EventPattern> from = from(s, p, relevantTime);
        Duration period = Values.duration(s.require("period"), s.at("period"), p);
        Duration rest = Values.duration(s.require("rest"), s.at("rest"), p);
        List<EventPattern> interruptedBy =
            Terms.patterns(
                s.get("interruptedBy"), s.at("interruptedBy"), p, false, s.at("interruptedBy"));
        yield from.isEmpty() || period == null || rest == null
            ? null
            : new RuleTerms.RestPeriod(from, period, rest, interruptedBy);
      }
      case EXTENSION -> {
        String extendsRule = Values.text(s.require("extends"), s.at("extends"), p);
        Extension extension = extension(s, p, false);
        yield extendsRule == null || extension == null
            ? null
            : new RuleTerms.ExtensionOf(extendsRule, extension);
      }
      case DELAY_AUTHORISATION -> {
        Node right = s.get("right");
        DelayedRight r = right == null ? null : right(right, s.at("right"), p);
        yield right != null && r == null
            ? null
            : new RuleTerms.DelayAuthorisation(r, Terms.authority(s, p));
      }
      case FORBIDDEN_AFTER -> {
        List<EventPattern> after = required(s, p, "after");
        List<EventPattern> forbids = required(s, p, "forbids");
        List<EventPattern> liftedBy =
            Terms.patterns(s.get("liftedBy"), s.at("liftedBy"), p, false, s.at("liftedBy"));
        yield after.isEmpty() || forbids.isEmpty()
            ? null
            : new RuleTerms.ForbiddenAfter(after, forbids, liftedBy);
      }
    };
  }

  private static @Nullable RuleTerms deadline(Section s, Problems p, boolean relevantTime) {
    boolean each = Values.bool(s.get("each"), s.at("each"), p, false);
    // One obligation per start event cannot start on the relevant time, which happens once.
    List<EventPattern> from = from(s, p, relevantTime && !each);
    List<EventPattern> metBy = required(s, p, "metBy");
    Limit limit = Terms.limit(s, p, Terms.types(from));
    Node measured = s.get("measuredFrom");
    List<EventPattern> measuredFrom =
        Terms.patterns(measured, s.at("measuredFrom"), p, relevantTime, s.at("measuredFrom"));
    Node ext = s.get("extension");
    Extension extension =
        ext == null ? null : extension(Section.of(ext, s.at("extension"), p), p, true);
    Node del = s.get("delays");
    Delays delays = del == null ? null : delays(Section.of(del, s.at("delays"), p), p);
    boolean survives = Values.bool(s.get("survivesRelease"), s.at("survivesRelease"), p, false);
    boolean clock = Values.bool(s.get("clock"), s.at("clock"), p, false);
    Boolean courtDays = countedIn(s, p, limit);
    List<EventPattern> failedBy =
        Terms.patterns(s.get("failedBy"), s.at("failedBy"), p, false, s.at("failedBy"));
    if (from.isEmpty()
        || courtDays == null
        || metBy.isEmpty()
        || limit == null
        || (measured != null && measuredFrom.size() != 1)
        || (ext != null && extension == null)
        || (del != null && delays == null)) {
      return null;
    }
    return new RuleTerms.Deadline(
        from,
        each,
        metBy,
        limit,
        measured == null ? null : measuredFrom.getFirst(),
        extension,
        delays,
        survives,
        clock,
        courtDays,
        failedBy);
  }

  /**
   * Whether the limit counts court days ({@code countedIn: court-days}, a whole number of days)
   * rather than hours ({@code countedIn: hours}, as when absent); null if the key is wrong.
   */
  private static @Nullable Boolean countedIn(Section s, Problems p, @Nullable Limit limit) {
    Node n = s.get("countedIn");
    String code = Values.text(n, s.at("countedIn"), p);
    if (n == null || code == null) {
      return n == null ? Boolean.FALSE : null;
    }
    if (!List.of("hours", "court-days").contains(code)) {
      p.add(n, s.at("countedIn"), ProfileProblem.BAD_VALUE, code, "hours, court-days");
      return null;
    }
    boolean courtDays = code.equals("court-days");
    if (courtDays
        && limit != null
        && (limit.base().toDays() < 1
            || !limit.base().equals(Duration.ofDays(limit.base().toDays()))
            || !limit.variants().isEmpty())) {
      p.add(
          Objects.requireNonNull(s.get("limit"), "a limit was read"),
          s.at("limit"),
          ProfileProblem.BAD_VALUE,
          limit.base().toString(),
          "P1D, P2D, … (whole days, no variants, with countedIn: court-days)");
      return null;
    }
    return courtDays;
  }

  private static @Nullable RuleTerms everyQuestioning(Section s, Problems p) {
    String code = Values.text(s.require("requires"), s.at("requires"), p);
    QuestioningCheck check = code == null ? null : QuestioningCheck.of(code).orElse(null);
    if (code != null && check == null) {
      p.add(
          Objects.requireNonNull(s.get("requires"), "a code was read"),
          s.at("requires"),
          ProfileProblem.BAD_VALUE,
          code,
          String.join(
              ", ", Arrays.stream(QuestioningCheck.values()).map(QuestioningCheck::code).toList()));
    }
    Node w = s.get("waiver");
    Waiver waiver = null;
    if (w != null) {
      Section ws = Section.of(w, s.at("waiver"), p);
      List<EventPattern> by = Terms.patterns(ws.require("by"), ws.at("by"), p, false, ws.at("by"));
      waiver =
          new Waiver(
              by,
              Terms.conditions(ws.get("notFor"), ws.at("notFor"), p),
              Terms.patterns(
                  ws.get("revokedBy"), ws.at("revokedBy"), p, false, ws.at("revokedBy")));
      ws.rejectOthers(List.of("by", "notFor", "revokedBy"));
      if (by.isEmpty()) {
        waiver = null;
      }
    }
    Node d = s.get("excusedByDelay");
    DelayExcuse excuse = null;
    if (d != null) {
      Section ds = Section.of(d, s.at("excusedByDelay"), p);
      DelayedRight right = right(ds.require("right"), ds.at("right"), p);
      Duration upTo = Values.duration(ds.require("upTo"), ds.at("upTo"), p);
      List<EventPattern> endedBy =
          Terms.patterns(ds.get("endedBy"), ds.at("endedBy"), p, false, ds.at("endedBy"));
      ds.rejectOthers(List.of("right", "upTo", "endedBy"));
      excuse = right == null || upTo == null ? null : new DelayExcuse(right, upTo, endedBy);
    }
    return check == null || (w != null && waiver == null) || (d != null && excuse == null)
        ? null
        : new RuleTerms.EveryQuestioning(check, waiver, excuse);
  }

  private static @Nullable RuleTerms night(Section s, Problems p) {
    Node w = s.require("window");
    boolean urgency = Values.bool(s.get("urgencyWaives"), s.at("urgencyWaives"), p, true);
    if (w == null) {
      return null;
    }
    Section ws = Section.of(w, s.at("window"), p);
    LocalTime from = Values.time(ws.require("from"), ws.at("from"), p);
    LocalTime to = Values.time(ws.require("to"), ws.at("to"), p);
    ws.rejectOthers(List.of("from", "to"));
    return from == null || to == null ? null : new RuleTerms.NightWindow(from, to, urgency);
  }

  private static @Nullable Extension extension(Section s, Problems p, boolean block) {
    Duration upTo = Values.duration(s.require("upTo"), s.at("upTo"), p);
    Duration before = Values.duration(s.get("before"), s.at("before"), p);
    Integer reviews = Values.number(s.get("afterReviews"), s.at("afterReviews"), p, 0);
    var by = Terms.authority(s, p);
    if (block) {
      s.rejectOthers(List.of("ranks", "requires", "notInvolved", "upTo", "before", "afterReviews"));
    }
    return upTo == null ? null : new Extension(by, upTo, before, reviews == null ? 0 : reviews);
  }

  private static @Nullable Delays delays(Section s, Problems p) {
    DelayedRight right = right(s.require("right"), s.at("right"), p);
    var by = Terms.authority(s, p);
    Node untilNode = s.get("until");
    List<EventPattern> until = Terms.until(s, p);
    s.rejectOthers(List.of("right", "ranks", "requires", "notInvolved", "until"));
    return right == null || (untilNode != null && until.isEmpty())
        ? null
        : new Delays(right, by, until);
  }

  private static @Nullable DelayedRight right(@Nullable Node n, String path, Problems p) {
    String code = Values.text(n, path, p);
    if (code == null || n == null) {
      return null;
    }
    try {
      return DelayedRight.of(code);
    } catch (IllegalArgumentException e) {
      p.add(n, path, ProfileProblem.BAD_VALUE, code, "lawyer, notification");
      return null;
    }
  }

  private static List<EventPattern> from(Section s, Problems p, boolean relevantTime) {
    return Terms.patterns(s.require("from"), s.at("from"), p, relevantTime, s.at("from"));
  }

  private static List<EventPattern> required(Section s, Problems p, String key) {
    return Terms.patterns(s.require(key), s.at(key), p, false, s.at(key));
  }
}
