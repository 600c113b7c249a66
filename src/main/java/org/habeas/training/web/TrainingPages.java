package org.habeas.training.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Users;
import org.habeas.training.Certificate;
import org.habeas.training.Certificates;
import org.habeas.training.Completion;
import org.habeas.training.Course;
import org.habeas.training.Courses;
import org.habeas.training.Participants;
import org.habeas.training.StaffDirectory;
import org.habeas.training.TrainingAccess;
import org.habeas.training.TrainingDesk;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Courses and their runs: the training coordinator's start page, and one run with its people. */
@Controller
class TrainingPages {

  private static final int PAGE = 25;

  private final Courses courses;
  private final Participants participants;
  private final Certificates certificates;
  private final StaffDirectory directory;
  private final Facilities facilities;
  private final TrainingDesk desk;

  TrainingPages(
      Courses courses,
      Participants participants,
      Certificates certificates,
      StaffDirectory directory,
      Facilities facilities,
      TrainingDesk desk) {
    this.desk = desk;
    this.courses = courses;
    this.participants = participants;
    this.certificates = certificates;
    this.directory = directory;
    this.facilities = facilities;
  }

  @GetMapping("/training")
  String home(Actor me, @RequestParam(defaultValue = "0") int page, Model model) {
    TrainingAccess.requireView(me);
    // The coordinator's work first: runs due, runs to close, imports, coverage gaps.
    model.addAttribute("today", desk.today());
    model.addAttribute("zone", TrainingDesk.ZONE);
    model.addAttribute("due", desk.runsDue());
    model.addAttribute("toClose", desk.runsToClose());
    model.addAttribute("imports", desk.recentImports(5));
    model.addAttribute("gaps", desk.gaps(me));
    model.addAttribute("gapPercent", TrainingDesk.GAP_PERCENT);
    model.addAttribute("facilityNames", facilityNames());
    var p = Paging.of(page, PAGE);
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("total", courses.runCount());
    model.addAttribute("runs", courses.runs(null, p.offset(), PAGE));
    var all = courses.courses();
    model.addAttribute("courses", all);
    model.addAttribute("courseById", all.stream().collect(Collectors.toMap(Course::id, c -> c)));
    model.addAttribute("tutors", courses.tutors());
    model.addAttribute("mayManage", TrainingAccess.mayManage(me));
    model.addAttribute("subjects", Course.SUBJECTS);
    model.addAttribute("formats", Course.FORMATS);
    model.addAttribute("providers", Course.PROVIDERS);
    Forms.blank(model, "runForm", RunForm.EMPTY);
    Forms.blank(model, "tutorForm", TutorForm.EMPTY);
    Forms.blank(model, "courseForm", CourseForm.EMPTY);
    return "training/home";
  }

  @PostMapping("/training/runs")
  String newRun(Actor me, @ModelAttribute RunForm form, BindingResult binding, Model model) {
    return Forms.saveOrKeep(
        model,
        "runForm",
        form,
        binding,
        () -> "redirect:/training/runs/" + courses.addRun(me, form.run()),
        () -> home(me, 0, model));
  }

  @PostMapping("/training/courses")
  String newCourse(Actor me, @ModelAttribute CourseForm form, BindingResult binding, Model model) {
    return Forms.saveOrKeep(
        model,
        "courseForm",
        form,
        binding,
        () -> {
          courses.addCourse(me, form.course());
          return "redirect:/training";
        },
        () -> home(me, 0, model));
  }

  @PostMapping("/training/tutors")
  String newTutor(Actor me, @ModelAttribute TutorForm form, BindingResult binding, Model model) {
    return Forms.saveOrKeep(
        model,
        "tutorForm",
        form,
        binding,
        () -> {
          courses.addTutor(me, form.tutor());
          return "redirect:/training";
        },
        () -> home(me, 0, model));
  }

  @GetMapping("/training/runs/{id}")
  String run(Actor me, @PathVariable String id, Model model) {
    TrainingAccess.requireView(me);
    var run = courses.run(id).orElseThrow(() -> Problem.notFound("training.run.unknown"));
    var course = courses.course(run.courseId()).orElseThrow();
    model.addAttribute("run", run);
    model.addAttribute("course", course);
    model.addAttribute(
        "tutor", run.tutorId() == null ? null : courses.tutor(run.tutorId()).orElse(null));
    model.addAttribute("participants", participants.of(id));
    model.addAttribute("certificates", certificates.ofRun(id));
    model.addAttribute("kinds", Certificate.KINDS);
    model.addAttribute("mayManage", TrainingAccess.mayManage(me));
    model.addAttribute("facilityNames", facilityNames());
    Forms.blank(model, "personForm", PersonForm.EMPTY);
    return "training/run";
  }

  @PostMapping("/training/runs/{id}/participants")
  String addParticipant(
      Actor me,
      @PathVariable String id,
      @ModelAttribute PersonForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    return Forms.saveOrKeep(
        model,
        "personForm",
        form,
        binding,
        () -> {
          var number = StaffDirectory.key(form.number());
          var staff =
              directory.all().stream()
                  .filter(s -> StaffDirectory.key(s.personnelNumber()).equals(number))
                  .findFirst()
                  .orElseThrow(
                      () -> Problem.badField("personnelNumber", "training.staff.unknownNumber"));
          var completedOn = form.completed();
          if (completedOn == null) {
            participants.enrol(me, id, staff.id());
          } else {
            // Both read before anything is stored, the score first as its error is shown first.
            var score = form.scored();
            var attendance = form.attendance();
            participants.complete(
                me, new Completion(id, staff.id(), completedOn, attendance, score, "MANUAL"), null);
          }
          redirect.addFlashAttribute("done", "training.run.participantSaved");
          return "redirect:/training/runs/" + id;
        },
        () -> run(me, id, model));
  }

  @PostMapping("/training/runs/{id}/certificates")
  String issue(
      Actor me,
      @PathVariable String id,
      @RequestParam String staffId,
      @RequestParam String kind,
      RedirectAttributes redirect) {
    try {
      var c = certificates.issue(me, id, staffId, kind, null);
      redirect.addFlashAttribute("issued", c.printedCode());
    } catch (Problem e) {
      if (e.kind() == Problem.Kind.FORBIDDEN) {
        throw e;
      }
      redirect.addFlashAttribute(
          "issueError", e.fields().isEmpty() ? e.code() : e.fields().getFirst().code());
    }
    return "redirect:/training/runs/" + id;
  }

  private Map<String, String> facilityNames() {
    return facilities.all().stream()
        .collect(Collectors.toMap(Facility::id, Facility::name, (a, b) -> a));
  }

  static List<String> languages() {
    return Users.LANGUAGES;
  }
}
