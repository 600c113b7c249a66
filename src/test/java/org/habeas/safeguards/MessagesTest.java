package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ShippedProfilesTest.bundle;

import java.io.IOException;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every status, reason, kind and profile problem has its text in English, Russian and Kazakh. */
class MessagesTest {

  @Test
  void everyLanguageHasTheSameKeys() throws IOException {
    Properties en = bundle("safeguards");

    assertThat(bundle("safeguards_ru").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(bundle("safeguards_kk").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
  }

  @Test
  void everyCodeTheUiShowsHasAText() throws IOException {
    Properties en = bundle("safeguards");

    Arrays.stream(ObligationStatus.values())
        .forEach(s -> assertThat(en).containsKey("safeguards.status." + s.name()));
    Arrays.stream(Reason.values())
        .forEach(r -> assertThat(en).containsKey("safeguards.reason." + r.code()));
    Arrays.stream(RuleKind.values())
        .forEach(k -> assertThat(en).containsKey("safeguards.kind." + k.code()));
    Arrays.stream(ProfileProblem.values())
        .forEach(p -> assertThat(en).containsKey("safeguards.profile.error." + p.code()));
    Arrays.stream(Condition.values())
        .forEach(c -> assertThat(en).containsKey("safeguards.condition." + c.code()));
    assertThat(en)
        .containsKeys("safeguards.rule.record.late-entry", "safeguards.rule.record.open-too-long");
  }

  @Test
  void noTextHasAnAsciiApostrophe() throws IOException {
    // MessageFormat would eat it; the typographic one is what the texts use.
    for (var name : new String[] {"safeguards", "safeguards_ru", "safeguards_kk"}) {
      assertThat(bundle(name).values())
          .allSatisfy(v -> assertThat(v.toString()).doesNotContain("'"));
    }
  }
}
