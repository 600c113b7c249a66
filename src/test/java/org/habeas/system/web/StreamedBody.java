package org.habeas.system.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A MockMvc request whose body is a stream the test controls, with a declared length or none
 * (chunked), and which counts what the application read of it: MockMvc's own request always
 * declares the length of a byte array.
 */
final class StreamedBody {

  private StreamedBody() {}

  /** {@code size} bytes: {@code prefix}, then {@code x} up to the size. */
  static InputStream body(String prefix, long size) {
    var head = prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new InputStream() {
      private long at;

      @Override
      public int read() {
        if (at >= size) {
          return -1;
        }
        return at < head.length ? head[(int) at++] : bump();
      }

      private int bump() {
        at++;
        return 'x';
      }
    };
  }

  /**
   * The request as built, with this body: {@code declaredLength} as its Content-Length, or none and
   * {@code Transfer-Encoding: chunked} when it is negative. {@code read} counts the bytes read.
   */
  static RequestPostProcessor streamed(InputStream body, long declaredLength, AtomicLong read) {
    return built -> {
      var r = new Streamed(built, body, declaredLength, read);
      if (declaredLength < 0) {
        r.addHeader("Transfer-Encoding", "chunked");
      } else {
        r.addHeader("Content-Length", declaredLength);
      }
      return r;
    };
  }

  private static final class Streamed extends MockHttpServletRequest {
    private final InputStream body;
    private final long length;
    private final AtomicLong read;
    private ServletInputStream stream;

    Streamed(MockHttpServletRequest b, InputStream body, long length, AtomicLong read) {
      super(b.getServletContext(), b.getMethod(), b.getRequestURI());
      this.body = body;
      this.length = length;
      this.read = read;
      setServletPath(b.getServletPath());
      setPathInfo(b.getPathInfo());
      setContextPath(b.getContextPath());
      setQueryString(b.getQueryString());
      setRemoteAddr(b.getRemoteAddr());
      setCharacterEncoding(b.getCharacterEncoding());
      for (var name : Collections.list(b.getHeaderNames())) {
        for (var value : Collections.list(b.getHeaders(name))) {
          addHeader(name, value);
        }
      }
      setContentType(b.getContentType());
      for (var name : Collections.list(b.getAttributeNames())) {
        setAttribute(name, b.getAttribute(name));
      }
      setParameters(b.getParameterMap());
    }

    @Override
    public int getContentLength() {
      return (int) Math.min(Integer.MAX_VALUE, length);
    }

    @Override
    public long getContentLengthLong() {
      return length;
    }

    @Override
    public ServletInputStream getInputStream() {
      if (stream == null) {
        stream =
            new ServletInputStream() {
              private boolean finished;

              @Override
              public int read() throws IOException {
                int b = body.read();
                if (b < 0) {
                  finished = true;
                } else {
                  read.incrementAndGet();
                }
                return b;
              }

              @Override
              public boolean isFinished() {
                return finished;
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
              }
            };
      }
      return stream;
    }
  }
}
