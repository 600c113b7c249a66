package org.habeas.ledger.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verifier's command line.
 *
 * @param vkey the log's public key, vkey text
 * @param trusted the file holding the last checkpoint this verifier trusted; updated after a clean
 *     run unless {@code save} is false
 * @param url the log's base URL, or null to read a database
 * @param db the database's JDBC URL, or null to read the URL
 * @param dbUser the database user
 * @param dbPassword the database password
 * @param witnesses the vkeys of witnesses whose cosignatures count (type 0x04)
 * @param quorum how many of them must have cosigned the checkpoint
 * @param save whether a clean run stores the new checkpoint as the trusted one
 */
record VerifierOptions(
    String vkey,
    Path trusted,
    @Nullable String url,
    @Nullable String db,
    @Nullable String dbUser,
    @Nullable String dbPassword,
    List<String> witnesses,
    int quorum,
    boolean save) {

  static final String USAGE =
      """
      Usage: ./habeas verify --vkey <vkey text or file> --trusted <checkpoint file>
                             (--url <base URL> | --db <jdbc url> [--db-user u] [--db-password p])
                             [--witness <vkey text or file>]... [--quorum k] [--no-save]

        --vkey       the log's public key (GET /ledger/vkey), as text or a file holding it
        --trusted    a checkpoint you trust (an earlier run's, or one a witness cosigned); the new
                     checkpoint must extend it. If the file does not exist yet, the new checkpoint
                     is trusted on first use. A clean run writes the new checkpoint there.
        --url        read the published log (checkpoint, tiles, entry bundles) from this address
        --db         read the database directly (an inspector with access): also checks every
                     stored custody event against its opening, commitment and leaf
        --witness    a witness's cosigner key; its cosignature on the checkpoint is checked
        --quorum     how many of the given witnesses must have cosigned (default 1 if any given)
        --no-save    leave the trusted checkpoint file as it is

      Exit status: 0 clean, 1 tampering found or a check failed, 2 could not run.
      """;

  /** Parses the arguments. */
  static VerifierOptions parse(String[] args) {
    String vkey = null;
    String trusted = null;
    String url = null;
    String db = null;
    String user = null;
    String password = null;
    List<String> witnesses = new ArrayList<>();
    Integer quorum = null;
    boolean save = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--vkey" -> vkey = value(args, ++i, arg);
        case "--trusted" -> trusted = value(args, ++i, arg);
        case "--url" -> url = value(args, ++i, arg);
        case "--db" -> db = value(args, ++i, arg);
        case "--db-user" -> user = value(args, ++i, arg);
        case "--db-password" -> password = value(args, ++i, arg);
        case "--witness" -> witnesses.add(textOrFile(value(args, ++i, arg)));
        case "--quorum" -> quorum = Integer.parseInt(value(args, ++i, arg));
        case "--no-save" -> save = false;
        default -> throw new IllegalArgumentException("unknown argument " + arg);
      }
    }
    if (vkey == null || trusted == null || (url == null) == (db == null)) {
      throw new IllegalArgumentException("need --vkey, --trusted and one of --url or --db");
    }
    int required = quorum != null ? quorum : (witnesses.isEmpty() ? 0 : 1);
    if (required < 0 || required > witnesses.size()) {
      throw new IllegalArgumentException("--quorum must be between 0 and the number of witnesses");
    }
    return new VerifierOptions(
        textOrFile(vkey), Path.of(trusted), url, db, user, password, witnesses, required, save);
  }

  /** Opens the log source the options name. */
  LogSource open() throws SQLException {
    if (url != null) {
      return HttpLogSource.of(url);
    }
    String jdbc = Objects.requireNonNull(db);
    if (jdbc.startsWith("jdbc:h2:file:") && !jdbc.toUpperCase(Locale.ROOT).contains("IFEXISTS")) {
      jdbc += ";IFEXISTS=TRUE"; // a mistyped path must not create an empty database to check
    }
    loadDriver(jdbc);
    Connection connection = DriverManager.getConnection(jdbc, dbUser, dbPassword);
    connection.setReadOnly(true);
    connection.setAutoCommit(false);
    // One snapshot for every query, so a log that grows meanwhile is read as of one moment.
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    return new DbLogSource(connection, jdbc.replaceAll("password=[^;&]*", "password=…"));
  }

  private static void loadDriver(String jdbc) {
    String driver =
        jdbc.startsWith("jdbc:h2:")
            ? "org.h2.Driver"
            : jdbc.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : null;
    if (driver != null) {
      try {
        Class.forName(driver);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("no JDBC driver " + driver + " on the class path", e);
      }
    }
  }

  private static String value(String[] args, int i, String name) {
    if (i >= args.length) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args[i];
  }

  private static String textOrFile(String value) {
    Path path = Path.of(value.strip());
    try {
      return value.contains("+") && !Files.isRegularFile(path)
          ? value.strip()
          : Files.readString(path, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + value, e);
    } catch (InvalidPathException e) {
      return value.strip();
    }
  }
}
