package org.habeas.ledger.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.habeas.ledger.tiles.EntryBundle;
import org.habeas.ledger.tiles.Tile;

/**
 * Reads the log as any monitor does, from its public C2SP tlog-tiles endpoints: the checkpoint,
 * tiles and entry bundles under the log's URL prefix.
 */
final class HttpLogSource implements LogSource {

  /** Fetches a path under the log prefix; empty on 404. */
  @FunctionalInterface
  interface Fetcher {
    Optional<byte[]> get(String path);
  }

  private final String prefix;
  private final Fetcher fetcher;

  HttpLogSource(String prefix, Fetcher fetcher) {
    this.prefix = prefix;
    this.fetcher = fetcher;
  }

  /**
   * Returns the source for a base URL: the application's ({@code https://habeas.example}) or the
   * log's own prefix ({@code …/ledger}).
   */
  static HttpLogSource of(String baseUrl) {
    String base = baseUrl.replaceAll("/+$", "");
    String prefix = base.endsWith("/ledger") ? base : base + "/ledger";
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    return new HttpLogSource(prefix, path -> fetch(client, prefix + "/" + path));
  }

  private static Optional<byte[]> fetch(HttpClient client, String url) {
    try {
      HttpResponse<byte[]> response =
          client.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() == 404) {
        return Optional.empty();
      }
      if (response.statusCode() != 200) {
        throw new UncheckedIOException(
            new IOException("GET " + url + " answered " + response.statusCode()));
      }
      return Optional.of(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public String describe() {
    return "published log " + prefix;
  }

  @Override
  public String checkpoint() {
    return fetcher
        .get("checkpoint")
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .orElseThrow(() -> new IllegalStateException("the log has no checkpoint yet"));
  }

  @Override
  public Optional<byte[]> tile(Tile tile) {
    return fetcher.get(tile.path());
  }

  @Override
  public List<Entry> entries(long from, long to) {
    List<Entry> entries = new ArrayList<>();
    for (long start = from; start < to; ) {
      long index = start / Tile.FULL_WIDTH;
      long end = Math.min(to, (index + 1) * Tile.FULL_WIDTH);
      Tile tile = new Tile(0, index, (int) (end - index * Tile.FULL_WIDTH));
      Optional<byte[]> bundle = fetcher.get(tile.entriesPath());
      if (bundle.isEmpty()) {
        return entries;
      }
      List<byte[]> leaves = EntryBundle.decode(bundle.get());
      for (long i = start; i < end && i - index * Tile.FULL_WIDTH < leaves.size(); i++) {
        entries.add(new Entry(i, leaves.get((int) (i - index * Tile.FULL_WIDTH)), null, null));
      }
      if (leaves.size() < tile.width()) {
        return entries;
      }
      start = end;
    }
    return entries;
  }

  @Override
  public long leafCount(long checkpointSize) {
    return checkpointSize;
  }

  @Override
  public List<StoredHead> history() {
    return List.of();
  }

  @Override
  public void close() {}
}
