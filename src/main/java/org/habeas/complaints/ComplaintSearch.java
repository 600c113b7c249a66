package org.habeas.complaints;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Full-text search over complaints as an SQL condition on {@code v.search_text}: PostgreSQL's
 * full-text search where the database is PostgreSQL (GIN-indexed, V8_1), a lower-cased LIKE on H2.
 */
public interface ComplaintSearch {

  /** The condition and its parameters matching {@code query} (not blank). */
  Map.Entry<String, Map<String, Object>> condition(String query);

  /** The search for the database named by JDBC's product name. */
  static ComplaintSearch forDatabase(String productName) {
    return productName.toLowerCase(Locale.ROOT).contains("postgres") ? new FullText() : new Like();
  }

  /** PostgreSQL: every word must occur ('simple' configuration, no stemming). */
  record FullText() implements ComplaintSearch {
    @Override
    public Map.Entry<String, Map<String, Object>> condition(String query) {
      return Map.entry(
          "to_tsvector('simple', v.search_text) @@ plainto_tsquery('simple', :q)",
          Map.of("q", query.strip().toLowerCase(Locale.ROOT)));
    }
  }

  /** Any database: every word must occur as a substring of the lower-cased text. */
  record Like() implements ComplaintSearch {
    @Override
    public Map.Entry<String, Map<String, Object>> condition(String query) {
      var words = query.strip().toLowerCase(Locale.ROOT).split("\\s+");
      var sql = new StringBuilder("(1 = 1");
      var params = new HashMap<String, Object>();
      for (int i = 0; i < Math.min(words.length, 8); i++) {
        sql.append(" and v.search_text like :w").append(i).append(" escape '\\'");
        params.put(
            "w" + i,
            "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      }
      return Map.entry(sql.append(')').toString(), params);
    }
  }
}
