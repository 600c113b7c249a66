package org.habeas.training.web;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.training.Courses;
import org.habeas.training.TrainingAccess;
import org.habeas.training.moodle.MoodleImports;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Importing a Moodle completion report into a run: upload, preview row by row, confirm. */
@Controller
class ImportPages {

  private final MoodleImports imports;
  private final Courses courses;

  ImportPages(MoodleImports imports, Courses courses) {
    this.imports = imports;
    this.courses = courses;
  }

  @GetMapping("/training/runs/{id}/import")
  String form(Actor me, @PathVariable String id, Model model) {
    TrainingAccess.requireManage(me);
    var run = courses.run(id).orElseThrow(() -> Problem.notFound("training.run.unknown"));
    model.addAttribute("run", run);
    model.addAttribute("course", courses.course(run.courseId()).orElseThrow());
    model.addAttribute("maxKb", MoodleImports.MAX_BYTES / 1024);
    return "training/import";
  }

  @PostMapping("/training/runs/{id}/import")
  String upload(
      Actor me,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable MultipartFile file,
      Model model)
      throws IOException {
    TrainingAccess.requireManage(me);
    try {
      if (file == null || file.isEmpty()) {
        throw Problem.badField("file", "training.import.empty");
      }
      if (file.getSize() > MoodleImports.MAX_BYTES) {
        throw Problem.badField("file", "training.import.tooLarge", MoodleImports.MAX_BYTES / 1024);
      }
      var name = file.getOriginalFilename() == null ? "report.csv" : file.getOriginalFilename();
      var upload = imports.upload(me, id, name, file.getBytes());
      return "redirect:/training/imports/" + upload;
    } catch (Problem e) {
      if (e.kind() == Problem.Kind.FORBIDDEN) {
        throw e;
      }
      model.addAttribute("fileError", Forms.errors(e).values().iterator().next());
      return form(me, id, model);
    }
  }

  @GetMapping("/training/imports/{upload}")
  String preview(Actor me, @PathVariable String upload, Model model) {
    var preview = imports.preview(me, upload);
    model.addAttribute("preview", preview);
    model.addAttribute("course", courses.course(preview.run().courseId()).orElseThrow());
    model.addAttribute(
        "importable", preview.rows().stream().filter(MoodleImports.PreviewRow::importable).count());
    return "training/preview";
  }

  @PostMapping("/training/imports/{upload}")
  String confirm(
      Actor me,
      @PathVariable String upload,
      @RequestParam(name = "line", required = false) @Nullable List<Integer> lines,
      RedirectAttributes redirect) {
    var outcome = imports.confirm(me, upload, new HashSet<>(lines == null ? List.of() : lines));
    var runId = imports.preview(me, upload).run().id();
    redirect.addFlashAttribute("imported", outcome.imported());
    redirect.addFlashAttribute("alreadyRecorded", outcome.alreadyRecorded());
    return "redirect:/training/runs/" + runId;
  }
}
