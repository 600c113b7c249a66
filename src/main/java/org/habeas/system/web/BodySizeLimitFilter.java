package org.habeas.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API body larger than {@code habeas.max-body-bytes} with 413: at once when the length
 * is declared, and while reading when it is not (a chunked body), so no body is read without bound.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

  /** Thrown while reading a body that goes past the limit; answered with 413. */
  static final class BodyTooLarge extends IOException {
    BodyTooLarge(long max) {
      super("request body larger than " + max + " bytes");
    }
  }

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
    if (request.getContentLengthLong() > max) {
      tooLarge(response, max);
      return;
    }
    chain.doFilter(new Limited(request, max), response);
  }

  static void tooLarge(HttpServletResponse response, long max) throws IOException {
    response.setStatus(413);
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            "{\"type\":\"urn:habeas:problem:problem.tooLarge\",\"title\":\"Request body too"
                + " large\",\"status\":413,\"detail\":\"The body may be at most "
                + max
                + " bytes.\"}");
  }

  /** A request whose body stream fails once more than {@code max} bytes have been read. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        var in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long read;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++read > max) {
                  throw new BodyTooLarge(max);
                }
                return b;
              }

              @Override
              public int read(byte[] buf, int off, int len) throws IOException {
                int n = in.read(buf, off, len);
                if (n > 0 && (read += n) > max) {
                  throw new BodyTooLarge(max);
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
