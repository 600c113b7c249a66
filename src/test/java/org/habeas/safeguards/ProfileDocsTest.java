package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule pages in {@code docs/rules/} are what {@link ProfileDocs} makes of the shipped profiles:
 * a profile changed without its page fails here.
 *
 * <p>To write the pages afresh: {@code ./habeas docs}, or {@code mvn -B -ntp -q test
 * -Dtest=ProfileDocsTest -Dhabeas.docs.write=true}.
 */
class ProfileDocsTest {

  private static final Path DOCS = Path.of("docs/rules");

  /** Every page, by its file name, as the shipped profiles make it. */
  static Map<String, String> pages() {
    var pages = new LinkedHashMap<String, String>();
    pages.put("README.md", ProfileDocs.index(ShippedProfiles.all()));
    for (String id : ShippedProfiles.IDS) {
      pages.put(
          id + ".md", ProfileDocs.markdown(ShippedProfiles.get(id), ShippedProfiles.document(id)));
    }
    return pages;
  }

  @Test
  void theCommittedPagesAreTheProfilesInWords() throws IOException {
    var pages = pages();
    if (Boolean.getBoolean("habeas.docs.write")) {
      Files.createDirectories(DOCS);
      for (var p : pages.entrySet()) {
        Files.writeString(DOCS.resolve(p.getKey()), p.getValue(), StandardCharsets.UTF_8);
      }
      return;
    }
    for (var p : pages.entrySet()) {
      var file = DOCS.resolve(p.getKey());
      assertThat(file).as("%s is missing: write the rule pages with ./habeas docs", file).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(
              "%s differs from the shipped profile: write the rule pages afresh with ./habeas docs"
                  + " (or mvn test -Dtest=ProfileDocsTest -Dhabeas.docs.write=true)",
              file)
          .isEqualTo(p.getValue());
    }
  }

  @Test
  void everyRuleIsThereWithItsBasisLimitAndConfidence() {
    for (var profile : ShippedProfiles.all()) {
      String page = ProfileDocs.markdown(profile, ShippedProfiles.document(profile.id()));
      for (var rule : profile.rules()) {
        assertThat(page)
            .contains("### " + rule.id())
            .contains(rule.title().en(), rule.title().ru(), rule.title().kk())
            .contains(rule.basisText().en().replace("<", "&lt;"));
      }
      assertThat(page).doesNotContain("null");
      // Durations in words, never ISO-8601 ("PT48H"), in every term and setting.
      for (var rule : profile.rules()) {
        assertThat(ProfileDocs.terms(rule.terms()))
            .allSatisfy(t -> assertThat(t.text()).doesNotContainPattern("\\bP(T?)\\d"));
      }
      assertThat(ProfileDocs.settings(profile.settings()))
          .allSatisfy(t -> assertThat(t.text()).doesNotContainPattern("\\bP(T?)\\d"));
    }
  }

  @Test
  void theCourtDeadlineOfKazakhstanReadsAsALawyerWouldSayIt() {
    String page = ProfileDocs.markdown(ShippedProfiles.get("kz"), ShippedProfiles.document("kz"));
    String rule = section(page, "kz.court-within-48h");
    assertThat(rule)
        .contains("**Kind:** Deadline")
        .contains("**Applies:** not when the person is a juvenile")
        .contains("**Starts at:** `Apprehended`")
        .contains(
            "**Met by:** Remand in custody ordered (`RemandOrdered`), Release ordered by a court"
                + " (`ReleaseOrdered`) or `Released`")
        .contains("**Limit:** 48 h")
        .contains("up to: 72 h from the start of the deadline, at most")
        .contains("**Custody clock:** this is the detention limit the custody clock counts down to")
        .contains("**Confidence:** M — secondary sources agree (M to H)")
        // The profile's own comment says why a hearing alone does not meet it.
        .contains("A hearing alone is not a decision");
  }

  @Test
  void aLeadShowsAsUnconfirmedAndVariantsAreNamed() {
    String page = ProfileDocs.markdown(ShippedProfiles.get("kz"), ShippedProfiles.document("kz"));
    assertThat(section(page, "kz.interrogation-4h-continuous"))
        .contains("**Limit:** 4 h (juvenile: 2 h)")
        .contains("a pause of 1 h or more")
        .contains("L — unconfirmed lead");
    assertThat(section(page, "kz.medical-on-admission"))
        .contains("24 h (when started by InjuryRecorded: 1 h)")
        .contains("every matching event starts its own obligation");
    assertThat(page).contains("| [`kz.rights-at-apprehension`](#kzrights-at-apprehension)");
  }

  @Test
  void noTermOfAnyRuleOrSettingIsLeftOut() throws Exception {
    for (var profile : ShippedProfiles.all()) {
      for (var rule : profile.rules()) {
        assertThat(ProfileDocs.terms(rule.terms()).stream().map(ProfileDocs.Term::name))
            .as("the terms of %s in words", rule.id())
            .containsAll(meaningful(rule.terms()));
      }
      assertThat(ProfileDocs.settings(profile.settings()).stream().map(ProfileDocs.Term::name))
          .containsAll(meaningful(profile.settings()));
    }
  }

  /** The components of a record that say something: not absent, false, empty or zero. */
  private static java.util.List<String> meaningful(Object record) throws Exception {
    var names = new java.util.ArrayList<String>();
    for (var c : record.getClass().getRecordComponents()) {
      Object v = c.getAccessor().invoke(record);
      boolean says =
          v != null
              && !Boolean.FALSE.equals(v)
              && !(v instanceof java.util.Collection<?> col && col.isEmpty())
              && !(v instanceof Map<?, ?> m && m.isEmpty())
              && !Integer.valueOf(0).equals(v);
      if (says) {
        names.add(c.getName());
      }
    }
    return names;
  }

  @Test
  void durationsAreWrittenAsTheLawWritesThem() {
    assertThat(LimitText.duration(Duration.ofHours(48))).isEqualTo("48 h");
    assertThat(LimitText.duration(Duration.ofDays(4))).isEqualTo("4 d");
    assertThat(LimitText.duration(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
    assertThat(LimitText.duration(Duration.ofMinutes(15))).isEqualTo("15 min");
  }

  private static String section(String page, String ruleId) {
    int start = page.indexOf("### " + ruleId + "\n");
    assertThat(start).as("no section for %s", ruleId).isNotNegative();
    int end = page.indexOf("\n### ", start + 1);
    return page.substring(start, end < 0 ? page.length() : end);
  }
}
