package org.habeas.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A recommendation with the status that stands now. */
public record Recommendation(
    String id,
    String source,
    @Nullable String sourceDocument,
    @Nullable String paragraph,
    @Nullable String textEn,
    @Nullable String textRu,
    @Nullable String textKk,
    String agency,
    @Nullable LocalDate deadline,
    String theme,
    @Nullable String affectedGroup,
    @Nullable String sdgTargets,
    @Nullable String facilityId,
    @Nullable String findingId,
    LocalDate issuedOn,
    RecommendationStatus status,
    Instant statusAt) {

  /** The text in the language asked for, else in another one given. */
  public String text(Locale locale) {
    var lang = locale.getLanguage();
    var first =
        switch (lang) {
          case "ru" -> textRu;
          case "kk" -> textKk;
          default -> textEn;
        };
    if (first != null) {
      return first;
    }
    for (var t : new String[] {textEn, textRu, textKk}) {
      if (t != null) {
        return t;
      }
    }
    return "";
  }

  /** This recommendation as the public sees it: without the finding it came from. */
  public Recommendation withoutFinding() {
    return new Recommendation(
        id,
        source,
        sourceDocument,
        paragraph,
        textEn,
        textRu,
        textKk,
        agency,
        deadline,
        theme,
        affectedGroup,
        sdgTargets,
        facilityId,
        null,
        issuedOn,
        status,
        statusAt);
  }

  /** Whether the deadline passed and the recommendation is still open. */
  public boolean overdue(LocalDate today) {
    return deadline != null && deadline.isBefore(today) && status.open();
  }
}
