package org.habeas.complaints;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.habeas.system.Problem;
import org.habeas.system.web.ProblemStatus;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * What the pages of the public door do alike, for a complaint and for a detention report: nothing
 * they show is kept by a browser or a proxy, a visitor over the door's limits ({@link
 * IntakeLimits}) is told how long to wait, and a status is looked up by what the visitor was given
 * when lodging, found or not.
 */
public final class PublicDoorPages {

  private PublicDoorPages() {}

  /** Tells browsers and proxies not to keep the page: it may show a reference and its secret. */
  public static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
  }

  /**
   * When {@code p} is the door's refusal of one request too many: sets {@code Retry-After}, gives
   * the page the minutes to wait, and returns true.
   */
  public static boolean overTheLimit(Problem p, HttpServletResponse response, Model model) {
    if (p instanceof IntakeLimits.TooMany t) {
      response.setHeader("Retry-After", String.valueOf(t.retryAfterSeconds()));
      model.addAttribute("waitMinutes", t.waitMinutes());
      return true;
    }
    return false;
  }

  /**
   * Looks a status up for the page: {@code status} when found, else 404 with the message {@code
   * notFound}; a refusal sets its status and says why, or how long to wait.
   */
  public static <T> void status(
      Supplier<Optional<T>> lookup,
      String notFound,
      MessageSource messages,
      Locale locale,
      HttpServletResponse response,
      Model model) {
    try {
      var found = lookup.get();
      if (found.isEmpty()) {
        response.setStatus(404);
        model.addAttribute("problem", messages.getMessage(notFound, null, locale));
      } else {
        model.addAttribute("status", found.get());
      }
    } catch (Problem p) {
      response.setStatus(ProblemStatus.of(p));
      if (!overTheLimit(p, response, model)) {
        model.addAttribute("problem", messages.getMessage(p.code(), p.args(), p.code(), locale));
      }
    }
  }
}
