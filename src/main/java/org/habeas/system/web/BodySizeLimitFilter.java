package org.habeas.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * One limit on every request body, before anything parses it: the first filter, for every path.
 *
 * <p>A body may have at most {@code habeas.max-body-bytes}; only a POST to one of the {@link
 * #UPLOADS upload forms} may have up to {@code habeas.max-upload-bytes} (the multipart request
 * limit, so each module's own per-file check can answer by the field). Which limit applies is
 * decided on the path as the container decoded and normalised it, so {@code /%61pi/...} is no way
 * around it; a path matters only to raise the limit, never to escape it.
 *
 * <p>A declared length over the limit is refused at once, unread. A body without a length (chunked)
 * is counted as it is read and fails past the limit. Form and multipart bodies are read by the
 * container itself, not through this filter's stream: without a declared length they are refused
 * with 411 where the small limit applies (browsers always declare one); on the upload forms the
 * container's multipart limit counts them.
 *
 * <p>The refusal is the project's problem detail (JSON), or the error page for a browser.
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

  /**
   * The forms that upload files (POST): complaint attachments, evidence, imports, injury photos.
   */
  static final List<PathPattern> UPLOADS =
      parse(
          "/complaints/new",
          "/complaints/intake",
          "/complaints/{id}/documents",
          "/monitoring/visits/{id}/findings",
          "/monitoring/recommendations/{id}/progress",
          // The import's preview takes the file; the import itself posts the previewed text back.
          "/monitoring/recommendations/import/preview",
          "/monitoring/recommendations/import",
          "/training/runs/{id}/import",
          // An injury recorded on the body map, with its photographs.
          "/custody/{id}/injury");

  private final long max;
  private final long maxUpload;
  private final MessageSource messages;
  private final JsonMapper json;

  BodySizeLimitFilter(
      @Value("${habeas.max-body-bytes}") long max,
      @Value("${habeas.max-upload-bytes}") DataSize maxUpload,
      MessageSource messages,
      JsonMapper json) {
    this.max = max;
    this.maxUpload = maxUpload.toBytes();
    this.messages = messages;
    this.json = json;
  }

  /** The limit for this request: the small one unless it is a POST to an upload form. */
  long limit(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return max;
    }
    var path = PathContainer.parsePath(path(request));
    return UPLOADS.stream().anyMatch(p -> p.matches(path)) ? maxUpload : max;
  }

  /** The path as the container decoded and normalised it (no query, no {@code ;} parameters). */
  static String path(HttpServletRequest request) {
    var info = request.getPathInfo();
    var path = request.getServletPath() + (info == null ? "" : info);
    return path.isEmpty() ? "/" : path;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var limit = limit(request);
    var length = request.getContentLengthLong();
    if (length > limit) {
      refuse(request, response, 413, limit);
      return;
    }
    if (length < 0 && limit == max && chunked(request) && readByContainer(request)) {
      refuse(request, response, 411, limit);
      return;
    }
    try {
      chain.doFilter(new Limited(request, limit), response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!tooLarge(e) || response.isCommitted()) {
        throw e;
      }
      response.resetBuffer();
      refuse(request, response, 413, limit);
    }
  }

  private static boolean chunked(HttpServletRequest request) {
    var encoding = request.getHeader("Transfer-Encoding");
    return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
  }

  /** Form and multipart bodies: the container parses them from its own stream. */
  private static boolean readByContainer(HttpServletRequest request) {
    var type = request.getContentType();
    if (type == null) {
      return false;
    }
    var t = type.toLowerCase(Locale.ROOT);
    return t.startsWith("multipart/") || t.startsWith("application/x-www-form-urlencoded");
  }

  static boolean tooLarge(@Nullable Throwable e) {
    for (var t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLarge) {
        return true;
      }
    }
    return false;
  }

  /** 413 or 411: the problem detail, or for a browser the error page in its language. */
  private void refuse(
      HttpServletRequest request, HttpServletResponse response, int status, long limit)
      throws IOException {
    var code = status == 413 ? "problem.tooLarge" : "problem.lengthRequired";
    var kb = Math.max(1, limit / 1024);
    var accept = request.getHeader("Accept");
    // The connection is closed after the answer: what the client still sends is not read.
    response.setHeader("Connection", "close");
    if (accept != null && accept.contains("text/html")) {
      // Refused before the security filters, which would have set it.
      response.setHeader("Content-Security-Policy", ContentSecurityPolicy.VALUE);
      request.setAttribute("messageCode", code + ".page");
      request.setAttribute("messageArgs", new Object[] {kb});
      response.sendError(status);
      return;
    }
    var locale = request.getLocale();
    var problem = new LinkedHashMap<String, Object>();
    problem.put("type", "urn:habeas:problem:" + code);
    problem.put("title", messages.getMessage(code, null, code, locale));
    problem.put("status", status);
    problem.put("detail", messages.getMessage("problem.bodyLimit", new Object[] {kb}, locale));
    problem.put("limit", limit);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8);
    response.getWriter().write(json.writeValueAsString(problem));
  }

  private static List<PathPattern> parse(String... patterns) {
    return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
  }

  /** A request whose body fails once more than {@code max} bytes have been read from it. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long max;
    private @Nullable ServletInputStream stream;
    private @Nullable BufferedReader reader;

    Limited(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counted(super.getInputStream(), max);
      }
      return stream;
    }

    /** The reader too goes through the counted stream (the container's reader would not). */
    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        var encoding = getCharacterEncoding();
        var charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  private static final class Counted extends ServletInputStream {
    private final ServletInputStream in;
    private final long max;
    private long read;

    Counted(ServletInputStream in, long max) {
      this.in = in;
      this.max = max;
    }

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
      // Never asks for more than one byte past the limit, so nothing beyond it is buffered.
      int n = in.read(buf, off, (int) Math.min(len, max - read + 1));
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
  }
}
