package org.habeas.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body limit on a real Tomcat, spoken to over a socket: the container decodes the path and
 * sends chunked bodies, which MockMvc does not. Only the filter and a servlet that reads the whole
 * body (as Jackson does) are deployed, not the application; {@link BodyLimitTests} covers that.
 */
class BodyLimitOnTomcatTest {

  private static final long LIMIT = 262_144;

  @TempDir static Path dir;
  private static Tomcat tomcat;
  private static int port;
  private static final AtomicInteger calls = new AtomicInteger();
  private static final AtomicLong mostRead = new AtomicLong();

  @BeforeAll
  static void start() throws Exception {
    var messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/system");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    var filter =
        new BodySizeLimitFilter(
            LIMIT, DataSize.ofMegabytes(32), messages, JsonMapper.builder().build());
    tomcat = new Tomcat();
    tomcat.setBaseDir(dir.toString());
    tomcat.setPort(0);
    var context = tomcat.addContext("", dir.toString());
    Tomcat.addServlet(
        context,
        "reader",
        new HttpServlet() {
          @Override
          protected void service(HttpServletRequest request, HttpServletResponse response)
              throws IOException {
            calls.incrementAndGet();
            long n = 0;
            var in = request.getInputStream();
            var buf = new byte[8192];
            try {
              for (int r; (r = in.read(buf)) > 0; ) {
                n += r;
              }
            } finally {
              final long total = n;
              mostRead.accumulateAndGet(total, Math::max);
            }
            response.getWriter().write("read " + n);
          }
        });
    context.addServletMappingDecoded("/", "reader");
    var def = new FilterDef();
    def.setFilterName("limit");
    def.setFilter(filter);
    context.addFilterDef(def);
    var map = new FilterMap();
    map.setFilterName("limit");
    map.addURLPattern("/*");
    context.addFilterMap(map);
    tomcat.getConnector();
    tomcat.start();
    port = tomcat.getConnector().getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    tomcat.stop();
    tomcat.destroy();
  }

  @Test
  void aHugeDeclaredBodyOnAPercentEncodedPathIsRefusedBeforeItIsSent() throws Exception {
    var before = calls.get();
    try (var socket = connect()) {
      var out = socket.getOutputStream();
      out.write(
          head("/%61pi/v1/complaints", "application/json", "Content-Length: " + 60L * 1024 * 1024));
      out.write(new byte[64 * 1024]); // a little of the 60 MB; the answer comes without the rest
      out.flush();
      assertThat(statusLine(socket)).startsWith("HTTP/1.1 413");
    }
    assertThat(calls.get()).as("the servlet never ran").isEqualTo(before);
  }

  @Test
  void aChunkedBodyIsCountedAndRefusedPastTheLimit() throws Exception {
    mostRead.set(0);
    try (var socket = connect()) {
      var out = socket.getOutputStream();
      out.write(head("/api/v1/complaints", "application/json", "Transfer-Encoding: chunked"));
      Thread.ofVirtual().start(() -> sendChunked(out, 1024 * 1024));
      assertThat(statusLine(socket)).startsWith("HTTP/1.1 413");
    }
    assertThat(mostRead.get()).isBetween(1L, LIMIT + 1);
  }

  @Test
  void aSmallChunkedBodyIsReadWhole() throws Exception {
    try (var socket = connect()) {
      var out = socket.getOutputStream();
      out.write(head("/api/v1/complaints", "application/json", "Transfer-Encoding: chunked"));
      sendChunked(out, 10_000);
      assertThat(statusLine(socket)).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void anUploadFormReachedByAnEncodedPathGetsTheUploadLimit() throws Exception {
    var size = 2 * 1024 * 1024;
    try (var socket = connect()) {
      var out = socket.getOutputStream();
      out.write(
          head("/%63omplaints/new", "multipart/form-data; boundary=b", "Content-Length: " + size));
      out.write(new byte[size]);
      out.flush();
      assertThat(statusLine(socket)).startsWith("HTTP/1.1 200");
    }
    try (var socket = connect()) {
      var out = socket.getOutputStream();
      out.write(
          head(
              "/%63omplaints/status",
              "multipart/form-data; boundary=b", "Content-Length: " + size));
      out.flush();
      assertThat(statusLine(socket)).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void aChunkedFormTheContainerWouldParseIsRefusedWithoutALength() throws Exception {
    try (var socket = connect()) {
      var out = socket.getOutputStream();
      out.write(head("/login", "application/x-www-form-urlencoded", "Transfer-Encoding: chunked"));
      out.flush();
      assertThat(statusLine(socket)).startsWith("HTTP/1.1 411");
    }
  }

  private static Socket connect() throws IOException {
    var socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(30_000);
    return socket;
  }

  private static byte[] head(String path, String type, String lengthHeader) {
    return ("POST "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
            + type
            + "\r\nAccept: application/json\r\n"
            + lengthHeader
            + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** Sends {@code total} bytes in 8 KB chunks and the last chunk; stops quietly if cut off. */
  private static void sendChunked(OutputStream out, int total) {
    try {
      var chunk = new byte[8192];
      java.util.Arrays.fill(chunk, (byte) 'x');
      for (int sent = 0; sent < total; sent += chunk.length) {
        int n = Math.min(chunk.length, total - sent);
        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk, 0, n);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException e) {
      // The server answered and closed: nothing more to send.
    }
  }

  private static String statusLine(Socket socket) throws IOException {
    var in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    var line = in.readLine();
    return line == null ? "" : line;
  }
}
