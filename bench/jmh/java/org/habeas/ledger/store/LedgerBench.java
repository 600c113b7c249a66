package org.habeas.ledger.store;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.habeas.ledger.LedgerSettings;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.merkle.MerkleProofs;
import org.habeas.ledger.tiles.Tile;
import org.habeas.ledger.tiles.TileHashSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The ledger part of the bench, run in-process against a bench database with the ledger's own
 * classes (this class sits in their package to build them without a Spring context).
 *
 * <pre>
 * LedgerBench integrate JDBC_URL LEAVES BATCH     outbox of LEAVES leaves, then the integrator
 * LedgerBench proofs    JDBC_URL LEAVES SAMPLES WITH_LEAVES KEYFILE
 *                                                 bulk-loads a tree, times proofs (and verifier)
 * </pre>
 *
 * Prints {@code key=value} lines. The database must be empty; Flyway migrates it first.
 */
public final class LedgerBench {

  private LedgerBench() {}

  public static void main(String[] args) throws Exception {
    String url = args[1];
    ((ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    // A connection pool, as the application has: a DriverManagerDataSource would open a new
    // connection for every transaction and count its handshake as the integrator's time.
    var pool = new com.zaxxer.hikari.HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername("postgres");
    pool.setPassword("");
    pool.setMaximumPoolSize(4);
    DataSource ds = pool;
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .load()
        .migrate();
    switch (args[0]) {
      case "integrate" -> integrate(ds, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "proofs" ->
          proofs(
              ds,
              url,
              Long.parseLong(args[2]),
              Integer.parseInt(args[3]),
              Boolean.parseBoolean(args[4]),
              Path.of(args[5]));
      default -> throw new IllegalArgumentException(args[0]);
    }
    pool.close();
  }

  /** A CustodyLeaf v1 of kind 0x01 with a random commitment: 42 bytes. */
  static byte[] leaf(SplittableRandom rnd, long ms) {
    ByteBuffer b = ByteBuffer.allocate(42);
    b.put((byte) 1).put((byte) 1).putLong(ms);
    for (int i = 0; i < 4; i++) {
      b.putLong(rnd.nextLong());
    }
    return b.array();
  }

  /**
   * PostgreSQL's COPY through pgjdbc's CopyManager (a runtime dependency: reached by reflection).
   */
  private static final class Copy {
    private final Object manager;

    Copy(Connection c) throws Exception {
      Class<?> pg = Class.forName("org.postgresql.PGConnection");
      manager = pg.getMethod("getCopyAPI").invoke(c.unwrap(pg));
    }

    void copyIn(String sql, java.io.Reader data) throws Exception {
      manager
          .getClass()
          .getMethod("copyIn", String.class, java.io.Reader.class)
          .invoke(manager, sql, data);
    }
  }

  private static String hex(byte[] bytes) {
    return "\\\\x" + HexFormat.of().formatHex(bytes);
  }

  // ------------------------------------------------------------------ integration

  static void integrate(DataSource ds, int count, int batch) throws Exception {
    JdbcClient jdbc = JdbcClient.create(ds);
    LedgerSettings settings =
        new LedgerSettings(
            "bench.example/ledger",
            null,
            Files.createTempFile("bench-ledger", ".key"),
            null,
            Duration.ZERO,
            batch,
            Duration.ofSeconds(1));
    Files.delete(settings.keyFile());
    SplittableRandom rnd = new SplittableRandom(42);
    long now = System.currentTimeMillis();
    List<byte[]> leaves = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      leaves.add(leaf(rnd, now));
    }
    // Queue them as business transactions would (not timed): COPY into the outbox.
    try (Connection c = ds.getConnection()) {
      Copy copy = new Copy(c);
      StringBuilder rows = new StringBuilder();
      String at = new Timestamp(now).toInstant().toString();
      for (byte[] leaf : leaves) {
        rows.append(hex(leaf)).append("\t\\N\t\\N\t").append(at).append('\n');
      }
      copy.copyIn(
          "copy ledger_pending (leaf, record_id, seq, enqueued_at) from stdin",
          new StringReader(rows.toString()));
    }
    jdbc.sql("vacuum analyze ledger_pending").update();
    Integrator integrator =
        new Integrator(
            new DataSourceTransactionManager(ds),
            new IntegrationLock(jdbc, ds),
            new Outbox(jdbc),
            new Leaves(jdbc),
            new StoredTiles(jdbc),
            new TreeHeads(jdbc),
            new Checkpoints(jdbc),
            new LogSigner(LogKeys.load(settings, "http://bench.example"), null),
            event -> {},
            Clock.systemUTC(),
            settings);
    long t = System.nanoTime();
    integrator.integrateNow();
    double s = (System.nanoTime() - t) / 1e9;
    long size = new TreeHeads(jdbc).latest().size();
    if (size != count) {
      throw new IllegalStateException("integrated " + size + " of " + count);
    }
    System.out.printf("integrated=%d%nintegrate_s=%.3f%nleaves_per_s=%.0f%n", size, s, count / s);

    // Baseline: the same bytes, batched inserts of the same batch size, one transaction a batch.
    jdbc.sql("create table bench_leaf (leaf_index bigint primary key, leaf bytea not null)")
        .update();
    t = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement("insert into bench_leaf (leaf_index, leaf) values (?, ?)")) {
        for (int i = 0; i < count; i++) {
          ps.setLong(1, i);
          ps.setBytes(2, leaves.get(i));
          ps.addBatch();
          if ((i + 1) % batch == 0 || i == count - 1) {
            ps.executeBatch();
            c.commit();
          }
        }
      }
    }
    s = (System.nanoTime() - t) / 1e9;
    System.out.printf("baseline_s=%.3f%nbaseline_per_s=%.0f%n", s, count / s);
  }

  // ------------------------------------------------------------------ proofs

  /**
   * Builds the tree of {@code size} leaves straight into ledger_tile (and ledger_leaf if asked) by
   * COPY, as the integrator would have left it, then records the tree head.
   */
  static void bulkLoad(DataSource ds, long size, boolean withLeaves) throws Exception {
    SplittableRandom rnd = new SplittableRandom(7);
    long ms = System.currentTimeMillis();
    byte[][] edges = new byte[8][Tile.FULL_WIDTH * MerkleHash.SIZE];
    int[] counts = new int[8];
    long[] indices = new long[8];
    try (Connection c = ds.getConnection()) {
      Copy copy = new Copy(c);
      StringBuilder tiles = new StringBuilder();
      StringBuilder leafRows = new StringBuilder();
      for (long i = 0; i < size; i++) {
        byte[] leaf = leaf(rnd, ms);
        if (withLeaves) {
          leafRows.append(i).append('\t').append(hex(leaf)).append("\t\\N\t\\N\n");
          if (leafRows.length() > 8_000_000) {
            copy.copyIn(
                "copy ledger_leaf (leaf_index, leaf, record_id, seq) from stdin",
                new StringReader(leafRows.toString()));
            leafRows.setLength(0);
          }
        }
        push(0, MerkleHash.leafHash(leaf), edges, counts, indices, tiles);
        if (tiles.length() > 8_000_000) {
          copy.copyIn(
              "copy ledger_tile (level, tile_index, start_at, hashes) from stdin",
              new StringReader(tiles.toString()));
          tiles.setLength(0);
        }
      }
      for (int level = 0; level < 8; level++) {
        if (counts[level] > 0) {
          tiles
              .append(level)
              .append('\t')
              .append(indices[level])
              .append("\t0\t")
              .append(hex(Arrays.copyOf(edges[level], counts[level] * MerkleHash.SIZE)))
              .append('\n');
        }
      }
      copy.copyIn(
          "copy ledger_tile (level, tile_index, start_at, hashes) from stdin",
          new StringReader(tiles.toString()));
      if (withLeaves && !leafRows.isEmpty()) {
        copy.copyIn(
            "copy ledger_leaf (leaf_index, leaf, record_id, seq) from stdin",
            new StringReader(leafRows.toString()));
      }
    }
    JdbcClient jdbc = JdbcClient.create(ds);
    byte[] root = MerkleProofs.rootHash(size, new TileHashSource(size, new StoredTiles(jdbc)));
    new TreeHeads(jdbc).add(new TreeHeads.TreeHead(size, root), Instant.now());
    jdbc.sql("vacuum analyze ledger_tile").update();
    if (withLeaves) {
      jdbc.sql("vacuum analyze ledger_leaf").update();
    }
  }

  private static void push(
      int level, byte[] hash, byte[][] edges, int[] counts, long[] indices, StringBuilder out) {
    System.arraycopy(hash, 0, edges[level], counts[level] * MerkleHash.SIZE, MerkleHash.SIZE);
    if (++counts[level] < Tile.FULL_WIDTH) {
      return;
    }
    out.append(level)
        .append('\t')
        .append(indices[level])
        .append("\t0\t")
        .append(hex(edges[level]))
        .append('\n');
    byte[] up = MerkleHash.perfectSubtreeHash(edges[level], 0, Tile.FULL_WIDTH);
    indices[level]++;
    counts[level] = 0;
    push(level + 1, up, edges, counts, indices, out);
  }

  static void proofs(
      DataSource ds, String url, long size, int samples, boolean withLeaves, Path keyFile)
      throws Exception {
    long t0 = System.nanoTime();
    bulkLoad(ds, size, withLeaves);
    System.out.printf("load_s=%.1f%n", (System.nanoTime() - t0) / 1e9);
    JdbcClient jdbc = JdbcClient.create(ds);
    // One connection, as one request of the application uses; a pool adds nothing here.
    try (Connection one = ds.getConnection()) {
      DataSource single =
          new org.springframework.jdbc.datasource.SingleConnectionDataSource(one, true);
      JdbcClient db = JdbcClient.create(single);
      StoredTiles tiles = new StoredTiles(db);
      PublishedLog log =
          new PublishedLog(
              new Checkpoints(db),
              new TreeHeads(db),
              tiles,
              new Leaves(db),
              new WitnessCosignatures(db));
      SplittableRandom rnd = new SplittableRandom(11);
      // Warm-up: JIT and the database's cache, not measured.
      for (int i = 0; i < samples; i++) {
        log.inclusion(rnd.nextLong(size), size);
        log.consistency(1 + rnd.nextLong(size - 1), size);
      }
      long[] inclusion = new long[samples];
      long[] consistency = new long[samples];
      long[] baseline = new long[samples];
      long tiles0 = (size + 255) / 256;
      for (int i = 0; i < samples; i++) {
        long index = rnd.nextLong(size);
        long s = System.nanoTime();
        var path = log.inclusion(index, size);
        inclusion[i] = System.nanoTime() - s;
        if (path.isEmpty() && size > 1) {
          throw new IllegalStateException("empty proof");
        }
        long from = 1 + rnd.nextLong(size - 1);
        s = System.nanoTime();
        log.consistency(from, size);
        consistency[i] = System.nanoTime() - s;
        // Baseline: reading one tile row by its primary key, the least a proof can do.
        long tile = rnd.nextLong(tiles0);
        s = System.nanoTime();
        tiles.stored(0, tile);
        baseline[i] = System.nanoTime() - s;
      }
      print("inclusion", inclusion);
      print("consistency", consistency);
      print("tile_read", baseline);
    }
    if (withLeaves) {
      // The verifier's tree audit over every leaf and tile (TreeAuditBench says why only that).
      byte[] root = new TreeHeads(jdbc).latest().rootHash();
      double s = org.habeas.ledger.verify.TreeAuditBench.seconds(url, size, root);
      System.out.printf("verify_s=%.2f%n", s);
      // Baseline: read every leaf and hash it, with nothing else.
      long t = System.nanoTime();
      long[] n = {0};
      jdbc.sql("select leaf from ledger_leaf order by leaf_index")
          .query(
              rs -> {
                MerkleHash.leafHash(rs.getBytes(1));
                n[0]++;
              });
      System.out.printf("scan_s=%.2f%n", (System.nanoTime() - t) / 1e9);
    }
  }

  private static void print(String name, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s_p50_ms=%.3f%n%s_p99_ms=%.3f%n",
        name, sorted[sorted.length / 2] / 1e6, name, sorted[(int) (sorted.length * 0.99)] / 1e6);
  }
}
