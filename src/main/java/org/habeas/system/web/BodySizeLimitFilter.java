package org.habeas.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses an API body larger than {@code habeas.max-body-bytes} with 413 before it is read. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

  private final long max;

  BodySizeLimitFilter(@Value("${habeas.max-body-bytes}") long max) {
    this.max = max;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    // A chunked body has no length up front: refuse it too rather than read without bound.
    boolean chunked =
        length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
    if (length > max || chunked) {
      response.setStatus(413);
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"urn:habeas:problem:problem.tooLarge\",\"title\":\"Request body too"
                  + " large\",\"status\":413,\"detail\":\"The body may be at most "
                  + max
                  + " bytes.\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
