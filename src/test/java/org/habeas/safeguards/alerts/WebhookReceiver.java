package org.habeas.safeguards.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A real HTTP server standing in for a webhook endpoint: it keeps every request it is sent. */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  record Received(Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().getFirst())
          .findFirst()
          .orElse("");
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  /** Listens on 127.0.0.1 at the port the test configuration names, path {@code /hooks/habeas}. */
  static WebhookReceiver start(int port) throws IOException {
    var server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    var receiver = new WebhookReceiver(server);
    server.createContext(
        "/hooks/habeas",
        exchange -> {
          var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          receiver.received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    return receiver;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
