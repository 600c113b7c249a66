package org.habeas.security;

import java.util.function.Function;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays requests in a transaction that is rolled back afterwards (MockMvc runs them on the test's
 * thread, so they join it): a write that succeeds leaves nothing behind for the other tests.
 */
final class Replay {

  private final MockMvc mvc;
  private final PlatformTransactionManager transactions;

  Replay(MockMvc mvc, PlatformTransactionManager transactions) {
    this.mvc = mvc;
    this.transactions = transactions;
  }

  /** The answer's status class; an exception that escapes MockMvc counts as a 500. */
  String ask(RequestBuilder request) {
    return inRollback(perform -> answerOf(perform, request));
  }

  /** The answer to one request of several in a transaction (see {@link #inRollback}). */
  static String answerOf(Function<RequestBuilder, MvcResult> perform, RequestBuilder request) {
    try {
      return answer(perform.apply(request));
    } catch (RuntimeException e) {
      var cause = e.getCause() == null ? e : e.getCause();
      return "500 (" + cause.getClass().getSimpleName() + ")";
    }
  }

  /** Runs several requests in one transaction rolled back at the end. */
  <T> T inRollback(Function<Function<RequestBuilder, MvcResult>, T> body) {
    var template = new TransactionTemplate(transactions);
    return template.execute(
        status -> {
          status.setRollbackOnly();
          return body.apply(this::perform);
        });
  }

  private MvcResult perform(RequestBuilder request) {
    try {
      return mvc.perform(request).andReturn();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** 2xx, 3xx, login (a redirect to sign-in), flash (a redirect with an error), or the status. */
  static String answer(MvcResult result) {
    var response = result.getResponse();
    int status = response.getStatus();
    if (status >= 200 && status < 300) {
      return "2xx";
    }
    if (status >= 300 && status < 400) {
      var location = String.valueOf(response.getHeader("Location"));
      if (location.endsWith("/login") || location.contains("/login?")) {
        return "login";
      }
      if (result.getFlashMap().keySet().stream().anyMatch(k -> k.endsWith("Error"))) {
        return "flash";
      }
      return "3xx";
    }
    return String.valueOf(status);
  }
}
