package org.habeas.system.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.junit.jupiter.api.Test;

/** The one rule for text: no control characters but tab and line breaks; NFC. */
class PlainTextTest {

  @Test
  void refusesControlCharactersAndLoneSurrogatesButNotLinesOrTabs() {
    for (var bad :
        new String[] {
          "a\u0000b",
          "\u0007",
          "\u0008",
          "\u000b",
          "\u000c",
          "\u001b[0m",
          "\u007f",
          "\u0085",
          "\u009f",
          "x\ud800",
          "\udc00y"
        }) {
      assertThat(PlainText.refused(bad)).as("%s", bad.codePoints().boxed().toList()).isTrue();
    }
    for (var good :
        new String[] {"", "line one\nline two\r\n\tindented", "Қазақ тілі", "😀 emoji", "«€»"}) {
      assertThat(PlainText.refused(good)).as(good).isFalse();
    }
    assertThat(PlainText.refused(null)).isFalse();
  }

  @Test
  void normalisesToNfcWithoutCopyingTextAlreadyInIt() {
    var nfc = "й";
    assertThat(PlainText.normalised("и\u0306")).isEqualTo(nfc);
    var already = "already normal";
    assertThat(PlainText.normalised(already)).isSameAs(already);
  }

  @Test
  void namesTheFieldAtFault() {
    assertThatThrownBy(() -> PlainText.checked("narrative", "x\u0000"))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.INVALID);
              assertThat(p.fields().getFirst().field()).isEqualTo("narrative");
              assertThat(p.fields().getFirst().code()).isEqualTo("field.controlCharacter");
            });
    var form = new LinkedHashMap<String, String>();
    form.put("name", "ok");
    form.put("place", "cell\u00003");
    form.put("bad\u0000name", "ok");
    assertThat(PlainText.refusedFields(form)).containsExactly("place", "?");
  }
}
