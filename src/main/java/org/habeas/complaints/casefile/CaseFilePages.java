package org.habeas.complaints.casefile;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.habeas.complaints.CustodyInjuries;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.web.ProblemStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of a complaint's case file ({@code /complaints/{id}/case-file}) and of its Istanbul
 * Protocol documentation ({@code /complaints/{id}/istanbul}, with a print view). Forms work without
 * JavaScript; a refused form comes back with what was typed and the error by each field.
 */
@Controller
class CaseFilePages {

  private static final String SECTION = "{section:case-file|istanbul}";

  private final CaseFiles files;
  private final CaseFileLabels labels;
  private final MessageSource messages;
  private final CustodyInjuries injuries;

  CaseFilePages(
      CaseFiles files, CaseFileLabels labels, MessageSource messages, CustodyInjuries injuries) {
    this.files = files;
    this.labels = labels;
    this.messages = messages;
    this.injuries = injuries;
  }

  @GetMapping("/complaints/{id}/case-file")
  String caseFile(
      Actor me,
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable UUID correct,
      Model model) {
    return render(me, id, "case-file", correct, null, model);
  }

  @GetMapping("/complaints/{id}/istanbul")
  String istanbul(
      Actor me,
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable UUID correct,
      Model model) {
    return render(me, id, "istanbul", correct, null, model);
  }

  @GetMapping("/complaints/{id}/istanbul/print")
  String print(Actor me, @PathVariable UUID id, Model model) {
    var view = files.istanbul(me, id);
    model.addAttribute("view", view);
    model.addAttribute("sections", IstanbulSections.of(view.file()));
    model.addAttribute("labels", labels.labels(view.file()));
    model.addAttribute("reference", reference(view));
    return "casefile/print";
  }

  @PostMapping("/complaints/{id}/" + SECTION + "/{kind}")
  String add(
      Actor me,
      @PathVariable UUID id,
      @PathVariable String section,
      @PathVariable String kind,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    var k = kind(section, kind);
    Runnable save = () -> files.record(me, id, k, form);
    return saveOrReshow(me, id, section, k, null, form, model, response, save);
  }

  @PostMapping("/complaints/{id}/" + SECTION + "/{kind}/{item}/corrections")
  String correct(
      Actor me,
      @PathVariable UUID id,
      @PathVariable String section,
      @PathVariable String kind,
      @PathVariable UUID item,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    var k = kind(section, kind);
    Runnable save = () -> files.correct(me, id, k, item, form, form.get("reason"));
    return saveOrReshow(me, id, section, k, item, form, model, response, save);
  }

  @PostMapping("/complaints/{id}/" + SECTION + "/{kind}/{item}/withdrawal")
  String withdraw(
      Actor me,
      @PathVariable UUID id,
      @PathVariable String section,
      @PathVariable String kind,
      @PathVariable UUID item,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    var k = kind(section, kind);
    Runnable save = () -> files.withdraw(me, id, k, item, form.get("reason"));
    return saveOrReshow(me, id, section, k, item, form, model, response, save);
  }

  /**
   * Stores one change to the case file and goes back to its section, or re-shows the section with
   * the refused form as typed (the item being corrected, if any, stays open).
   */
  private String saveOrReshow(
      Actor me,
      UUID id,
      String section,
      Kind k,
      @Nullable UUID item,
      Map<String, String> form,
      Model model,
      HttpServletResponse response,
      Runnable save) {
    try {
      save.run();
      return "redirect:/complaints/" + id + "/" + section + "#" + k.path();
    } catch (Problem p) {
      var refused = refused(p, id, section, k, form, item, response);
      return render(me, id, section, item, refused, model);
    }
  }

  private Form refused(
      Problem p,
      UUID id,
      String section,
      Kind kind,
      Map<String, String> typed,
      @Nullable UUID item,
      HttpServletResponse response) {
    if (p.fields().isEmpty()
        && (p.kind() == Problem.Kind.FORBIDDEN || p.kind() == Problem.Kind.NOT_FOUND)) {
      throw p;
    }
    response.setStatus(ProblemStatus.of(p));
    var locale = LocaleContextHolder.getLocale();
    var errors = new LinkedHashMap<String, String>();
    for (var f : p.fields()) {
      errors.merge(
          f.field(),
          messages.getMessage(f.code(), f.args(), f.code(), locale),
          (a, b) -> a + " " + b);
    }
    var problem = messages.getMessage(p.code(), p.args(), p.code(), locale);
    var values = new LinkedHashMap<>(typed);
    values.remove("_csrf");
    return new Form(
        formId(kind), kind, action(id, section, kind, item), values, errors, null, problem);
  }

  private String render(
      Actor me,
      UUID id,
      String section,
      @Nullable UUID correct,
      @Nullable Form refused,
      Model model) {
    CaseFile file;
    boolean handler;
    boolean examiner;
    if (section.equals("istanbul")) {
      var view = files.istanbul(me, id);
      file = view.file();
      handler = view.handler();
      examiner = view.examiner();
      model.addAttribute("view", view);
      model.addAttribute("reference", reference(view));
      model.addAttribute("sections", IstanbulSections.of(file));
    } else {
      var view = files.caseFile(me, id);
      file = view.file();
      handler = view.canEdit();
      examiner = false;
      model.addAttribute("view", view);
      model.addAttribute("reference", view.complaint().reference());
      model.addAttribute("matrix", file.matrix());
    }
    var kinds = section.equals("istanbul") ? Kind.istanbulProtocol() : Kind.caseFile();
    var forms = new LinkedHashMap<Kind, Form>();
    for (var kind : kinds) {
      if (!Access.mayWriteSome(kind, handler, examiner)) {
        continue;
      }
      if (refused != null && refused.kind() == kind) {
        var correcting = correct == null ? null : file.find(kind, correct).orElse(null);
        forms.put(
            kind,
            new Form(
                refused.id(),
                kind,
                refused.action(),
                refused.values(),
                refused.errors(),
                correcting,
                refused.problem()));
        continue;
      }
      var correcting = correct == null ? null : file.find(kind, correct).orElse(null);
      forms.put(
          kind,
          correcting == null ? blank(id, section, kind) : correction(id, section, correcting));
    }
    if (section.equals("istanbul")) {
      // The body map of the injury the complaint was raised from: shown beside the physical
      // findings, and the first finding's form starts from it.
      var injury = injuries.of(id).orElse(null);
      model.addAttribute("custodyInjury", injury);
      var finding = forms.get(Kind.FINDING);
      if (injury != null
          && finding != null
          && finding.values().isEmpty()
          && finding.correcting() == null
          && file.current(Kind.FINDING).isEmpty()) {
        var values = new LinkedHashMap<String, String>();
        values.put("findingKind", FindingKind.PHYSICAL.name());
        values.put("summary", labels.text("bodymap.fromCustody"));
        values.put("description", labels.marked(injury));
        forms.put(
            Kind.FINDING,
            new Form(
                finding.id(),
                finding.kind(),
                finding.action(),
                values,
                finding.errors(),
                null,
                finding.problem()));
      }
    }
    model.addAttribute("complaintId", id);
    model.addAttribute("section", section);
    model.addAttribute("file", file);
    model.addAttribute("forms", forms);
    model.addAttribute("kinds", kinds);
    model.addAttribute("canEdit", !forms.isEmpty());
    model.addAttribute("labels", labels.labels(file));
    model.addAttribute("choices", labels.choices(file));
    model.addAttribute("here", "/complaints/" + id + "/" + section);
    return section.equals("istanbul") ? "casefile/istanbul" : "casefile/casefile";
  }

  private Form blank(UUID id, String section, Kind kind) {
    return new Form(
        formId(kind), kind, action(id, section, kind, null), Map.of(), Map.of(), null, null);
  }

  private Form correction(UUID id, String section, Entry item) {
    var values = new LinkedHashMap<String, String>();
    item.kind().fields().forEach(f -> values.put(f.name(), item.text(f.name())));
    return new Form(
        formId(item.kind()),
        item.kind(),
        action(id, section, item.kind(), item.itemId()),
        values,
        Map.of(),
        item,
        null);
  }

  private static String formId(Kind kind) {
    return "form-" + kind.path();
  }

  private static String action(UUID id, String section, Kind kind, @Nullable UUID item) {
    var base = "/complaints/" + id + "/" + section + "/" + kind.path();
    return item == null ? base : base + "/" + item + "/corrections";
  }

  private static String reference(CaseFiles.IstanbulView view) {
    return view.complaint() == null ? view.complaintId().toString() : view.complaint().reference();
  }

  private static Kind kind(String section, String path) {
    return Kind.byPath(path)
        .filter(k -> k.istanbul() == section.equals("istanbul"))
        .orElseThrow(() -> Problem.notFound("casefile.unknownKind", path));
  }
}
