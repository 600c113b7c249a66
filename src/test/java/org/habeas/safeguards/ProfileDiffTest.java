package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import org.habeas.safeguards.ProfileDiff.Change;
import org.habeas.safeguards.ProfileDiff.FieldChange;
import org.junit.jupiter.api.Test;

/** What changed between two versions of a profile, rule by rule and field by field. */
class ProfileDiffTest {

  private static final String V1 = ShippedProfiles.document("kz");

  @Test
  void theSameDocumentHasNoChanges() {
    assertThat(ProfileDiff.between(ProfileReader.read(V1), ProfileReader.read(V1)).isEmpty())
        .isTrue();
  }

  @Test
  void aChangedLimitShowsFieldByField() {
    String v2 =
        V1.replace("version: 1", "version: 2")
            .replace(
                "    limit: PT12H\n    basis:\n      kk: ҚПК 135-бабы\n",
                "    limit: PT6H\n    basis:\n      kk: ҚПК 135-бабы\n");

    var diff = ProfileDiff.between(ProfileReader.read(V1), ProfileReader.read(v2));

    assertThat(diff.rules()).hasSize(1);
    var change = diff.rules().getFirst();
    assertThat(change.ruleId()).isEqualTo("kz.relatives-notified-12h");
    assertThat(change.change()).isEqualTo(Change.CHANGED);
    assertThat(change.fields()).containsExactly(new FieldChange("limit", "PT12H", "PT6H"));
  }

  @Test
  void addedAndRemovedRulesAreListed() {
    String v2 = V1.replace("kz.detention-protocol-3h", "kz.detention-protocol-2h");

    var diff = ProfileDiff.between(ProfileReader.read(V1), ProfileReader.read(v2));

    assertThat(diff.rules())
        .extracting(ProfileDiff.RuleChange::ruleId, ProfileDiff.RuleChange::change)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kz.detention-protocol-2h", Change.ADDED),
            org.assertj.core.groups.Tuple.tuple("kz.detention-protocol-3h", Change.REMOVED));
    assertThat(diff.rules().getFirst().fields())
        .contains(
            new FieldChange("kind", null, "deadline"), new FieldChange("limit", null, "PT3H"));
  }

  @Test
  void settingsChangesAreListedToo() {
    String v2 = V1.replace("    limit: PT72H", "    limit: PT96H");

    var diff = ProfileDiff.between(ProfileReader.read(V1), ProfileReader.read(v2));

    assertThat(diff.settings())
        .containsExactly(new FieldChange("openTooLong.limit", "PT72H", "PT96H"));
  }
}
