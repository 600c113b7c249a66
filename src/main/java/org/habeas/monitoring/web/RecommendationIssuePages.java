package org.habeas.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.habeas.monitoring.Findings;
import org.habeas.monitoring.RecommendationForm;
import org.habeas.monitoring.RecommendationImport;
import org.habeas.monitoring.RecommendationIssuing;
import org.habeas.system.Actor;
import org.habeas.system.ChecksOwnText;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commission issues recommendations: one through the form (from a visit's finding or not), or
 * many from a CSV or JSON file, previewed row by row and imported all or none.
 */
@Controller
class RecommendationIssuePages {

  /** What the user typed into the recommendation form, by field, to show again with the errors. */
  static Map<String, String> typed(RecommendationForm form) {
    var out = new LinkedHashMap<String, String>();
    var values = form.values();
    for (int i = 0; i < RecommendationForm.COLUMNS.size(); i++) {
      var value = values.get(i);
      if (value != null) {
        out.put(RecommendationForm.COLUMNS.get(i), value);
      }
    }
    return out;
  }

  private final RecommendationIssuing issuing;
  private final Findings findings;
  private final Facilities facilities;
  private final MessageSource messages;
  private final JsonMapper json;
  private final Clock clock;

  RecommendationIssuePages(
      RecommendationIssuing issuing,
      Findings findings,
      Facilities facilities,
      MessageSource messages,
      JsonMapper json,
      Clock clock) {
    this.issuing = issuing;
    this.findings = findings;
    this.facilities = facilities;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  private static void requireMonitor(Actor me) {
    if (!me.is(Role.MONITOR)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
  }

  @GetMapping("/monitoring/recommendations/new")
  String newForm(
      Actor me, @RequestParam(required = false) @Nullable String findingId, Model model) {
    requireMonitor(me);
    var values = new HashMap<String, String>();
    values.put("issuedOn", LocalDate.now(clock).toString());
    if (findingId != null) {
      findings
          .find(findingId)
          .ifPresent(
              f -> {
                values.put("findingId", f.id());
                values.put("facilityId", f.facilityId());
                values.put("source", "visit");
              });
    }
    return form(values, Map.of(), model);
  }

  private String form(Map<String, String> values, Map<String, String> errors, Model model) {
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    RecommendationFilters.vocabulary(model, facilities);
    return "monitoring/recommendation-new";
  }

  @PostMapping("/monitoring/recommendations")
  @ChecksOwnText // RecommendationForm.problems names a control character
  String issue(
      Actor me,
      RecommendationForm typedForm,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    try {
      Problems.check(binding);
      var id = issuing.issue(me, typedForm);
      return "redirect:/monitoring/recommendations/" + id;
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return form(typed(typedForm), Problems.byField(e, messages), model);
    }
  }

  // --- import ------------------------------------------------------------------------------

  @GetMapping("/monitoring/recommendations/import")
  String importForm(Actor me, Model model) {
    requireMonitor(me);
    model.addAttribute("columns", RecommendationForm.COLUMNS);
    return "monitoring/import";
  }

  /** Reads the file and shows the preview: every row with what is wrong with it. */
  @PostMapping("/monitoring/recommendations/import/preview")
  String preview(
      Actor me,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      @RequestParam(name = "content", required = false) @Nullable String pasted,
      Model model)
      throws IOException {
    requireMonitor(me);
    String text =
        file != null && !file.isEmpty()
            ? new String(file.getBytes(), StandardCharsets.UTF_8)
            : (pasted == null ? "" : pasted);
    model.addAttribute("columns", RecommendationForm.COLUMNS);
    model.addAttribute("content", text);
    model.addAttribute("preview", read(text));
    return "monitoring/import";
  }

  private RecommendationImport.Preview read(String text) {
    var facilityIds = issuing.facilityIds();
    var t = text.stripLeading();
    var preview =
        t.startsWith("[") || t.startsWith("{")
            ? RecommendationImport.json(text, json, facilityIds)
            : RecommendationImport.csv(text, facilityIds);
    // The findings named must exist as well.
    var rows =
        preview.rows().stream()
            .map(
                r -> new RecommendationImport.Row(r.number(), r.form(), issuing.problems(r.form())))
            .toList();
    return new RecommendationImport.Preview(rows, preview.fileProblem());
  }

  /** Imports the previewed content, all rows or none. */
  @PostMapping("/monitoring/recommendations/import")
  String doImport(Actor me, @RequestParam(defaultValue = "") String content, Model model) {
    requireMonitor(me);
    var preview = read(content);
    model.addAttribute("columns", RecommendationForm.COLUMNS);
    model.addAttribute("content", content);
    model.addAttribute("preview", preview);
    if (!preview.ok()) {
      return "monitoring/import";
    }
    var ids =
        issuing.importAll(me, preview.rows().stream().map(RecommendationImport.Row::form).toList());
    model.addAttribute("imported", ids.size());
    model.addAttribute("preview", null);
    model.addAttribute("content", "");
    return "monitoring/import";
  }
}
