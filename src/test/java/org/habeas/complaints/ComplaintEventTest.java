package org.habeas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A complaint's events read from their stored entries and write the same details back, key for key
 * and in order: the rows and ledger commitments written as plain maps read and verify as before.
 */
class ComplaintEventTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

  private static ComplaintEntry entry(String type, Map<String, @Nullable Object> details) {
    return new ComplaintEntry(1, type, T0, T0, "monitor", details);
  }

  private static Map<String, @Nullable Object> map(@Nullable Object... kv) {
    var d = new LinkedHashMap<String, @Nullable Object>();
    for (int i = 0; i < kv.length; i += 2) {
      d.put((String) kv[i], kv[i + 1]);
    }
    return d;
  }

  @Test
  void everyComplaintEntryReadsAndWritesItsStoredDetailsInTheirOrder() {
    var stored =
        List.of(
            entry(
                ComplaintEntry.LODGED,
                map(
                    "reference", "HC-ABCDEFGH",
                    "source", "CUSTODY",
                    "complainantRole", "VICTIM",
                    "contactPreference", "NONE",
                    "facilityId", "kz-ast-tdf1",
                    "incidentDate", "2026-10-31",
                    "stillHeld", true,
                    "category", "TORTURE",
                    "custodyRecordId", "R-1",
                    "custodySeq", 7,
                    "language", "kk",
                    "intakeSha256", "ab12")),
            entry(ComplaintEntry.TRIAGED, map("category", "OTHER", "urgent", false, "note", null)),
            entry(ComplaintEntry.ASSIGNED, map("assignee", "monitor")),
            entry(
                ComplaintEntry.STATUS_CHANGED,
                map("status", "CLOSED", "outcome", "WITHDRAWN", "note", "asked to")),
            entry(
                ComplaintEntry.DOCUMENT_ADDED,
                map(
                    "attachment", UUID.randomUUID().toString(),
                    "filename", "scan.png",
                    "mediaType", "image/png",
                    "size", 1234L,
                    "sha256", "cd34")),
            entry("casefile.ActRecorded", map("item", "x", "contentDigest", "ef56")));
    for (var e : stored) {
      var event = ComplaintEvent.of(e);
      assertThat(event.type()).isEqualTo(e.type());
      assertThat(List.copyOf(event.details().entrySet()))
          .as(e.type())
          .isEqualTo(List.copyOf(e.details().entrySet()));
    }
  }

  @Test
  void theLodgingIsTyped() {
    var event =
        ComplaintEvent.of(
            entry(
                ComplaintEntry.LODGED,
                map("stillHeld", true, "category", "TORTURE", "incidentDate", "2026-10-31")));
    assertThat(event)
        .isInstanceOfSatisfying(
            ComplaintEvent.Lodged.class,
            l -> {
              assertThat(l.category()).isEqualTo(Category.TORTURE);
              assertThat(l.stillHeld()).isTrue();
              assertThat(l.incidentDate()).isEqualTo(LocalDate.of(2026, 10, 31));
              assertThat(l.reference()).isNull();
            });
  }

  @Test
  void anotherPartsEntryCannotPassForOneOfTheComplaintsOwn() {
    assertThatThrownBy(() -> new ComplaintEvent.Recorded(ComplaintEntry.ASSIGNED, map()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
