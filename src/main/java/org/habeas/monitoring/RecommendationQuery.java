package org.habeas.monitoring;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.habeas.system.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The query a list filter makes: each field that is set narrows it, and the search words must all
 * occur in the texts, the source document or the paragraph.
 */
final class RecommendationQuery {

  /** At most this many search words count; more would only slow the query down. */
  private static final int MOST_WORDS = 8;

  private static final String WORD =
      " and lower(concat(coalesce(x.text_en, ''), ' ', coalesce(x.text_ru, ''), ' ',"
          + " coalesce(x.text_kk, ''), ' ', coalesce(x.source_document, ''), ' ',"
          + " coalesce(x.paragraph, ''))) like :w%d escape '\\'";

  private final StringBuilder sql =
      new StringBuilder("select * from (" + RecommendationStore.CURRENT + ") x where 1 = 1");
  private final Map<String, Object> params = new LinkedHashMap<>();

  /** The query for a filter; {@code today} decides which deadlines have passed. */
  RecommendationQuery(Recommendations.Filter f, LocalDate today) {
    equal("source", "source", f.source());
    equal("agency", "agency", f.agency());
    equal("theme", "theme", f.theme());
    equal("facility_id", "facility", f.facilityId());
    if (f.year() != null) {
      sql.append(" and x.issued_on >= :fromDate and x.issued_on < :toDate");
      params.put("fromDate", LocalDate.of(f.year(), 1, 1));
      params.put("toDate", LocalDate.of(f.year() + 1, 1, 1));
    }
    if (f.status() != null) {
      sql.append(" and x.status = :status");
      params.put("status", f.status().name());
    }
    if (f.overdue()) {
      var open =
          Arrays.stream(RecommendationStatus.values())
              .filter(RecommendationStatus::open)
              .map(st -> "'" + st.name() + "'")
              .collect(Collectors.joining(", "));
      sql.append(" and x.deadline < :today and x.status in (").append(open).append(')');
      params.put("today", today);
    }
    var q = f.q();
    if (q != null && !q.isBlank()) {
      // PlainText.checked gives null only for null
      var words =
          Objects.requireNonNull(PlainText.checked("q", q))
              .strip()
              .toLowerCase(Locale.ROOT)
              .split("\\s+");
      for (int i = 0; i < Math.min(words.length, MOST_WORDS); i++) {
        sql.append(WORD.formatted(i));
        params.put(
            "w" + i,
            "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      }
    }
    sql.append(" order by x.issued_on desc, x.created_at desc, x.id");
  }

  private void equal(String column, String param, @Nullable String value) {
    if (!RecommendationForm.blank(value)) {
      sql.append(" and x.").append(column).append(" = :").append(param);
      params.put(param, value);
    }
  }

  /** Only one page of what it selects. */
  RecommendationQuery page(int offset, int limit) {
    if (limit != Integer.MAX_VALUE) {
      sql.append(" limit :limit offset :offset");
      params.put("limit", limit);
      params.put("offset", offset);
    }
    return this;
  }

  String sql() {
    return sql.toString();
  }

  Map<String, Object> params() {
    return params;
  }
}
