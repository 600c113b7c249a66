package org.habeas.complaints;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.habeas.complaints.Uploads.Accepted;
import org.habeas.system.Facilities;
import org.habeas.system.JsonProblems;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What an intake must pass before anything of it is stored, every problem named at once. */
@Component
class IntakeChecks {

  private final Validator validator;
  private final Facilities facilities;
  private final ComplaintSettings settings;

  IntakeChecks(Validator validator, Facilities facilities, ComplaintSettings settings) {
    this.validator = validator;
    this.facilities = facilities;
    this.settings = settings;
  }

  /**
   * The attachments as they will be kept, or an invalid-input refusal naming every problem at once:
   * the fields that could not be read, the intake's own and the attachments'.
   */
  List<Accepted> checked(Intake intake, List<FieldProblem> unread, List<Upload> uploads) {
    var problems = new ArrayList<>(unread);
    var named = unread.stream().map(FieldProblem::field).collect(Collectors.toSet());
    problems(intake).stream().filter(p -> !named.contains(p.field())).forEach(problems::add);
    List<Accepted> accepted = List.of();
    try {
      accepted = uploads(uploads);
    } catch (Problem p) {
      problems.addAll(p.fields());
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    return accepted;
  }

  /** The documents as they will be kept, within the configured size and count. */
  List<Accepted> uploads(List<Upload> uploads) {
    return Uploads.check(uploads, settings.attachmentMaxBytes(), settings.attachmentMaxCount());
  }

  void validate(Intake intake) {
    var problems = problems(intake);
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
  }

  /**
   * Every problem of the intake: Bean Validation's, refused text, a missing contact, a facility.
   */
  private List<FieldProblem> problems(Intake intake) {
    var problems = new ArrayList<>(JsonProblems.from(validator.validate(intake)).fields());
    // Every door checks text on the way in; this is the complaint's own guarantee (PlainText).
    var texts = new LinkedHashMap<String, @Nullable String>();
    texts.put("complainantName", intake.complainantName());
    texts.put("victimName", intake.victimName());
    texts.put("contact", intake.contact());
    texts.put("narrative", intake.narrative());
    texts.put("place", intake.place());
    texts.put("facilityId", intake.facilityId());
    texts.put("against", intake.against());
    texts.put("injuries", intake.injuries());
    texts.forEach(
        (field, text) -> {
          if (PlainText.refused(text)) {
            problems.add(new FieldProblem(field, PlainText.CODE));
          }
        });
    // A JSON body may leave out what the record's types call required: Bean Validation named it.
    var preference = (@Nullable ContactPreference) intake.contactPreference();
    if (preference != null
        && preference.needsContact()
        && Intake.blankToNull(intake.contact()) == null) {
      problems.add(new FieldProblem("contact", "field.NotBlank"));
    }
    var facility = Intake.blankToNull(intake.facilityId());
    if (facility != null && facilities.find(facility).isEmpty()) {
      problems.add(new FieldProblem("facilityId", "complaints.unknownFacility"));
    }
    return problems;
  }
}
