package org.habeas.custody.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.habeas.custody.BodyMap;
import org.habeas.custody.BodyRegion;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.InjuryAge;
import org.habeas.custody.InjuryKind;
import org.habeas.custody.InjuryMark;
import org.habeas.custody.InjuryPhotos;
import org.habeas.custody.InjuryRecorded;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.MedicalWork;
import org.habeas.custody.RecordView;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Role;
import org.habeas.system.Upload;
import org.habeas.system.web.ProblemStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The doctor's pages (issue 15): the landing page of their medical work ({@code /medical}), the
 * injury form with the body map ({@code /custody/{id}/injury}), and the injury photographs, shown
 * to whoever may see the record's medical part.
 *
 * <p>The form works without JavaScript (each region a checkbox with its inputs); bodymap.js lets
 * the doctor tick regions by clicking the outlines and hides the inputs of regions not ticked.
 */
@Controller
class MedicalPages {

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final CustodyRecords records;
  private final MedicalWork work;
  private final InjuryPhotos photos;
  private final MessageSource messages;
  private final Clock clock;
  private final Facilities facilities;

  MedicalPages(
      CustodyRecords records,
      MedicalWork work,
      InjuryPhotos photos,
      MessageSource messages,
      Clock clock,
      Facilities facilities) {
    this.facilities = facilities;
    this.records = records;
    this.work = work;
    this.photos = photos;
    this.messages = messages;
    this.clock = clock;
  }

  /** The doctor's day: who is held at their facility, who awaits an examination, their own work. */
  @GetMapping("/medical")
  String medical(Actor me, Model model) {
    doctorOnly(me);
    model.addAttribute("work", work.of(me, clock.instant()));
    model.addAttribute(
        "zone",
        me.facilityId() == null
            ? ZoneOffset.UTC
            : facilities.find(me.facilityId()).map(f -> f.zone()).orElse(ZoneOffset.UTC));
    model.addAttribute("here", "/medical");
    return "custody/medical";
  }

  @GetMapping("/custody/{id}/injury")
  String form(Actor me, @PathVariable String id, Model model) {
    doctorOnly(me);
    var view = records.view(me, id, null);
    var values = new LinkedHashMap<String, String>();
    values.put("examination", "true");
    values.put(
        "occurredAt",
        INPUT.format(
            LocalDateTime.ofInstant(
                clock.instant().truncatedTo(ChronoUnit.MINUTES), view.facility().zone())));
    return page(view, values, List.of(), Map.of(), null, model);
  }

  @PostMapping("/custody/{id}/injury")
  String record(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "region", required = false) @Nullable List<String> regions,
      @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> files,
      Model model,
      HttpServletResponse response)
      throws IOException {
    doctorOnly(me);
    var view = records.view(me, id, null);
    var ticked = regions == null ? List.<String>of() : regions;
    var read = InjuryForm.read(ticked, form, view.facility().zone());
    var uploads = new ArrayList<Upload>();
    for (var f : files == null ? List.<MultipartFile>of() : files) {
      uploads.add(new Upload(Objects.toString(f.getOriginalFilename(), ""), f.getBytes()));
    }
    var checked = InjuryPhotos.check(uploads);
    var problems = new ArrayList<FieldProblem>(read.problems());
    problems.addAll(checked.problems());
    if (problems.isEmpty()) {
      var injury =
          new InjuryRecorded(
              Objects.requireNonNull(read.occurredAt()),
              read.description() != null ? read.description() : summary(read.marks()),
              me.displayName(),
              read.marks(),
              read.account(),
              checked.photos().isEmpty()
                  ? null
                  : checked.photos().stream().map(InjuryPhotos.Photo::sha256).toList());
      try {
        var examination =
            "true".equals(form.get("examination"))
                ? new MedicalExaminationCompleted(
                    injury.occurredAt(), me.displayName(), true, injury.description())
                : null;
        var stored =
            photos.record(
                me, id, injury, checked.photos(), lastSeq(form.get("lastSeq")), examination);
        return "redirect:/custody/" + id + "#event-" + stored.seq();
      } catch (Problem p) {
        if (p.kind() == Problem.Kind.NOT_FOUND
            || p.kind() == Problem.Kind.FORBIDDEN
            || p.kind() == Problem.Kind.GONE) {
          throw p;
        }
        response.setStatus(ProblemStatus.of(p));
        problems.addAll(p.fields());
        model.addAttribute("problem", text(p.code(), p.args()));
      }
    } else {
      response.setStatus(400);
    }
    var errors = new LinkedHashMap<String, String>();
    for (var f : problems) {
      errors.merge(f.field(), text(f.code(), f.args()), (a, b) -> a + " " + b);
    }
    return page(view, form, ticked, errors, checked.photos().isEmpty() ? null : "again", model);
  }

  /** A photograph of an injury, to those who may see the record's medical part. */
  @GetMapping("/custody/{id}/injury-photos/{sha}")
  ResponseEntity<byte[]> photo(
      Actor me, @PathVariable String id, @PathVariable String sha, HttpSession session) {
    var photo =
        photos
            .read(me, id, sha, StatedReasons.of(session, id))
            .orElseThrow(() -> Problem.notFound("custody.notFound"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.mediaType()))
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", "inline; filename=\"injury-" + sha.substring(0, 12) + "\"")
        .body(photo.bytes());
  }

  private String page(
      RecordView view,
      Map<String, String> values,
      List<String> ticked,
      Map<String, String> errors,
      @Nullable String photosAgain,
      Model model) {
    var chosen = new LinkedHashSet<BodyRegion>();
    ticked.forEach(code -> BodyRegion.of(code).ifPresent(chosen::add));
    model.addAttribute("view", view);
    model.addAttribute("zone", view.facility().zone());
    model.addAttribute("values", values);
    model.addAttribute("ticked", chosen.stream().map(Enum::name).toList());
    model.addAttribute("map", BodyMap.ticked(chosen));
    model.addAttribute("regions", List.of(BodyRegion.values()));
    model.addAttribute("kinds", List.of(InjuryKind.values()));
    model.addAttribute("ages", List.of(InjuryAge.values()));
    model.addAttribute("errors", errors);
    model.addAttribute("photosAgain", photosAgain);
    model.addAttribute("lastSeq", view.state().lastSeq());
    model.addAttribute("injuries", injuries(view));
    model.addAttribute("here", "/custody/" + view.id() + "/injury");
    return "custody/injury";
  }

  /** The injuries already on the record, each with its body map, newest first. */
  static List<Map.Entry<Integer, BodyMap>> injuries(RecordView view) {
    var out = new ArrayList<Map.Entry<Integer, BodyMap>>();
    for (var e : view.events().reversed()) {
      var event = e.stored().event();
      var inner = event instanceof Corrected c ? c.replacement() : event;
      if (!e.superseded() && inner instanceof InjuryRecorded i && !i.marksOrNone().isEmpty()) {
        out.add(Map.entry(e.stored().seq(), BodyMap.of(i.marksOrNone())));
      }
    }
    return out;
  }

  /** The injuries in words, when the doctor wrote no summary: "Face: bruise; Left hand: burn". */
  private String summary(List<InjuryMark> marks) {
    var parts = new ArrayList<String>();
    for (var m : marks) {
      parts.add(text(m.region().label()) + ": " + text(m.kind().label()));
    }
    return String.join("; ", parts);
  }

  private String text(String code, Object... args) {
    return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
  }

  private static void doctorOnly(Actor me) {
    if (!me.is(Role.DOCTOR)) {
      throw Problem.forbidden("medical.doctorsOnly");
    }
  }

  private static @Nullable Integer lastSeq(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
