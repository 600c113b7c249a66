package org.habeas.training.web;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Paging;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.Problem;
import org.habeas.training.Certificates;
import org.habeas.training.Courses;
import org.habeas.training.HandledRecords;
import org.habeas.training.Participants;
import org.habeas.training.Staff;
import org.habeas.training.StaffDirectory;
import org.habeas.training.TrainingAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff directory, and one person's trainings beside the custody records they handled (for
 * coordinators, administrators and monitors only; each look is logged as a read of personal data).
 */
@Controller
class StaffPages {

  private static final int PAGE = 50;
  private static final int HANDLED = 200;

  private final StaffDirectory directory;
  private final Participants participants;
  private final Certificates certificates;
  private final Courses courses;
  private final HandledRecords handled;
  private final Facilities facilities;
  private final PersonalDataReads reads;

  StaffPages(
      StaffDirectory directory,
      Participants participants,
      Certificates certificates,
      Courses courses,
      HandledRecords handled,
      Facilities facilities,
      PersonalDataReads reads) {
    this.directory = directory;
    this.participants = participants;
    this.certificates = certificates;
    this.courses = courses;
    this.handled = handled;
    this.facilities = facilities;
    this.reads = reads;
  }

  @GetMapping("/training/staff")
  String list(
      Actor me,
      @RequestParam(required = false) @Nullable String facility,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    TrainingAccess.requireView(me);
    var f = facility == null || facility.isBlank() ? null : facility;
    var p = Paging.of(page, PAGE);
    model.addAttribute("staff", directory.page(f, p.offset(), PAGE));
    model.addAttribute("total", directory.count(f));
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("facility", f == null ? "" : f);
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("positions", Staff.POSITIONS);
    model.addAttribute("mayManage", TrainingAccess.mayManage(me));
    Forms.blank(model, "staffForm", StaffForm.EMPTY);
    return "training/staff";
  }

  @PostMapping("/training/staff")
  String add(Actor me, @ModelAttribute StaffForm form, BindingResult binding, Model model) {
    return Forms.saveOrKeep(
        model,
        "staffForm",
        form,
        binding,
        () -> "redirect:/training/staff/" + directory.add(me, form.staff()),
        () -> list(me, null, 0, model));
  }

  @GetMapping("/training/staff/{id}")
  String person(Actor me, @PathVariable String id, Model model) {
    TrainingAccess.requireView(me);
    var s = directory.find(id).orElseThrow(() -> Problem.notFound("training.staff.unknown"));
    // A person's trainings and the records they handled are personal data: log who looked.
    reads.log(me, s.id(), PersonalDataReads.Purpose.DUTY, "training: staff member's trainings");
    var completions = participants.completionsOf(id);
    var runs = new LinkedHashMap<String, Object>();
    for (var c : completions) {
      courses
          .run(c.runId())
          .ifPresent(
              r ->
                  runs.put(
                      c.runId(),
                      Map.of("run", r, "course", courses.course(r.courseId()).orElseThrow())));
    }
    var records = handled.of(s, HANDLED);
    var firstTrained =
        completions.stream().map(c -> c.completedOn()).min(Comparator.naturalOrder());
    long before =
        firstTrained
            .map(
                d ->
                    records.stream()
                        .filter(
                            r ->
                                r.occurredAt().isBefore(d.atStartOfDay(ZoneOffset.UTC).toInstant()))
                        .count())
            .orElse((long) records.size());
    model.addAttribute("person", s);
    model.addAttribute("completions", completions);
    model.addAttribute("runs", runs);
    model.addAttribute("certificates", certificates.ofStaff(id));
    model.addAttribute("handled", records);
    model.addAttribute("handledBefore", before);
    model.addAttribute("handledAfter", records.size() - before);
    model.addAttribute("firstTrained", firstTrained.orElse(null));
    model.addAttribute("limit", HANDLED);
    model.addAttribute(
        "facilityName",
        s.facilityId() == null
            ? ""
            : facilities.find(s.facilityId()).map(Facility::name).orElse(""));
    return "training/person";
  }
}
