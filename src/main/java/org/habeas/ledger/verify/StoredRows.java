package org.habeas.ledger.verify;

import static org.habeas.ledger.verify.ShownTables.CASE_FILE;
import static org.habeas.ledger.verify.ShownTables.INTAKE;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.habeas.ledger.LeafCommitments;
import org.habeas.ledger.verify.ShownTables.Table;
import org.jspecify.annotations.Nullable;

/**
 * The shown rows as the database holds them, in the form the log commits to: confidential text as
 * its keyed digest, a complaint's intake and a case-file revision as the digest of their text,
 * binary content as its SHA-256.
 */
final class StoredRows {

  private final Connection db;

  StoredRows(Connection db) {
    this.db = db;
  }

  Map<String, List<Shown>> read(Table table, List<String> ids) throws SQLException {
    Map<String, List<Shown>> rows = new HashMap<>();
    String sql = table.select(ids.size());
    try (PreparedStatement q = db.prepareStatement(sql)) {
      for (int i = 0; i < ids.size(); i++) {
        q.setString(i + 1, ids.get(i));
      }
      ResultSet rs = q.executeQuery();
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        Map<String, @Nullable Object> columns = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
          if (!name.equals("stream") && !name.equals("row_key")) {
            columns.put(
                name,
                "uuid".equalsIgnoreCase(meta.getColumnTypeName(i))
                    ? rs.getString(i)
                    : value(rs, i, meta.getColumnType(i)));
          }
        }
        rows.computeIfAbsent(rs.getString("stream"), s -> new ArrayList<>())
            .add(new Shown(rs.getString("row_key"), 0, stored(table.name(), columns)));
      }
    }
    return rows;
  }

  /**
   * What a stored row is compared as: the words and names of a complaint's intake and the notes of
   * an interview as their digests (which is what the log holds), a case-file revision as the digest
   * of its contents.
   */
  private static Map<String, @Nullable Object> stored(
      String table, Map<String, @Nullable Object> columns) {
    switch (table) {
      case "complaint" -> {
        List<String> intake =
            List.of(
                "complainant_name",
                "victim_name",
                "contact",
                "narrative",
                "place",
                "against",
                "injuries");
        // As the complaint was lodged: its fields joined by newlines, absent ones as "null".
        String text =
            intake.stream()
                .map(c -> String.valueOf(columns.get(c)))
                .collect(Collectors.joining("\n"));
        intake.forEach(columns::remove);
        columns.put(INTAKE, sha256(text.getBytes(StandardCharsets.UTF_8)));
      }
      default -> {
        if (CASE_FILE.containsValue(table)) {
          Map<String, @Nullable Object> compared = new LinkedHashMap<>();
          compared.put("recorded_by", columns.get("recorded_by"));
          compared.put("content", caseFileText(columns));
          return compared;
        }
      }
    }
    return columns;
  }

  /**
   * A case-file revision as its writer turns it into text for its keyed digest (CaseFiles): every
   * column but the row's own id, its complaint and its author, as {@code column=value} lines sorted
   * by column, absent values left out.
   */
  private static String caseFileText(Map<String, @Nullable Object> columns) {
    return new TreeMap<>(columns)
        .entrySet().stream()
            .filter(c -> c.getValue() != null)
            .filter(c -> !Set.of("id", "complaint_id", "recorded_by").contains(c.getKey()))
            .map(c -> c.getKey() + "=" + c.getValue())
            .collect(Collectors.joining("\n"));
  }

  /**
   * Replaces the confidential text of a stored row (an interview's notes, a case-file revision's
   * contents) with its keyed digest under the stream's key, which is what the log holds.
   */
  static Shown keyed(String table, Shown row, byte[] key) {
    String column =
        table.equals("mon_interview") ? "notes" : CASE_FILE.containsValue(table) ? "content" : null;
    if (column == null || row.columns().get(column) == null) {
      return row;
    }
    Map<String, @Nullable Object> columns = new LinkedHashMap<>(row.columns());
    columns.put(column, LeafCommitments.digest(key, String.valueOf(row.columns().get(column))));
    return new Shown(row.key(), row.seq(), columns);
  }

  private static @Nullable Object value(ResultSet rs, int i, int type) throws SQLException {
    switch (type) {
      case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
        OffsetDateTime time = rs.getObject(i, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
      }
      case Types.DATE -> {
        LocalDate date = rs.getObject(i, LocalDate.class);
        return date == null ? null : date.toString();
      }
      case Types.BOOLEAN, Types.BIT -> {
        boolean value = rs.getBoolean(i);
        return rs.wasNull() ? null : Boolean.toString(value);
      }
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
        byte[] bytes = rs.getBytes(i);
        return bytes == null ? null : sha256(bytes);
      }
      default -> {
        return rs.getString(i);
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK must provide SHA-256", e);
    }
  }

  /** The streams with rows in the table and no logged event at all. */
  List<String> orphans(Table table) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(table.orphans())) {
      ResultSet rs = q.executeQuery();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
