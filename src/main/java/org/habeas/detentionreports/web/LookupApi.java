package org.habeas.detentionreports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.habeas.detentionreports.DetentionLookup;
import org.habeas.detentionreports.DetentionLookup.Answer;
import org.habeas.system.CurrentActor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family's question through the API (issue 19): no sign-in, or signed in as a lawyer with a bar
 * number. The question travels in the query string, as the interface has it; no access log
 * or error page of Habeas writes a query string, and the answer is never cached.
 */
@RestController
@Tag(
    name = "Detention lookup",
    description =
        "Is a person held, and where? Exact match on full name and date of birth (and the national"
            + " id where the jurisdiction requires it), answered per the jurisdiction's disclosure"
            + " policy")
class LookupApi {

  private final DetentionLookup lookup;
  private final CurrentActor actor;

  LookupApi(DetentionLookup lookup, CurrentActor actor) {
    this.lookup = lookup;
    this.actor = actor;
  }

  @GetMapping("/api/v1/detention-lookup")
  @Operation(
      summary = "Whether a person is held, and where (no sign-in)",
      description =
          "name (the full name, exactly as the record has it; case and spacing do not matter),"
              + " birthDate (yyyy-mm-dd), nationalId (the IIN in Kazakhstan, where it is required);"
              + " barNumber only for a signed-in lawyer. Answers {\"found\": false}, or {\"found\":"
              + " true} with only what the jurisdiction's profile discloses (status: held,"
              + " transferred or released; facility: name, address, phone; apprehendedAt;"
              + " endedAt). A record the policy tells only lawyers of answers {\"found\": false} to"
              + " others. Every enquiry is stored and shown on the record. Rate-limited per"
              + " address, per network block and for everyone (429 with Retry-After).")
  Answer ask(
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String birthDate,
      @RequestParam(required = false) @Nullable String nationalId,
      @RequestParam(required = false) @Nullable String barNumber,
      HttpServletRequest request,
      HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    var enquiry = DetentionLookup.read(name, birthDate, nationalId);
    var who = DetentionLookup.enquirer(actor.get().orElse(null), barNumber);
    try {
      return lookup.ask(enquiry, who, request.getRemoteAddr());
    } catch (Problem p) {
      LookupPages.retryAfter(p, response);
      throw p;
    }
  }
}
