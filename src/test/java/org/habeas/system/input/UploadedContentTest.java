package org.habeas.system.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.habeas.system.UploadedContent;
import org.habeas.system.UploadedContent.PdfRefusal;
import org.junit.jupiter.api.Test;

/** A PDF is accepted only when it is inert: no script, action, embedded file or HTML inside. */
class UploadedContentTest {

  @Test
  void aPlainPdfIsAcceptedEvenWithAnOpenActionThatOnlyShowsAPage() throws Exception {
    var pdf = Pdfs.plain();
    assertThat(UploadedContent.pdfRefusal(pdf)).isEmpty();
    assertThat(UploadedContent.sniff(pdf)).contains("application/pdf");
  }

  @Test
  void aPdfCarryingJavaScriptALaunchOrAnEmbeddedFileIsRefused() throws Exception {
    for (var pdf : new byte[][] {Pdfs.javaScript(), Pdfs.launch(), Pdfs.embeddedFile()}) {
      assertThat(UploadedContent.pdfRefusal(pdf)).contains(PdfRefusal.ACTIVE_CONTENT);
      assertThat(UploadedContent.sniff(pdf)).as("every caller refuses it").isEmpty();
      assertThat(UploadedContent.magic(pdf)).contains("application/pdf");
    }
  }

  @Test
  void aScriptHiddenByAnEscapedNameIsStillFound() throws Exception {
    var raw = new String(Pdfs.javaScript(), StandardCharsets.ISO_8859_1);
    if (raw.contains("/JavaScript")) {
      // The same name spelt with a #-escape, as an evasion would; the parser reads it back.
      var escaped = raw.replace("/JavaScript", "/J#61vaScript");
      var bytes = escaped.getBytes(StandardCharsets.ISO_8859_1);
      assertThat(UploadedContent.pdfRefusal(bytes)).isPresent();
    }
    // Whether the objects are in a compressed object stream or not, the parsed file is judged.
    assertThat(UploadedContent.pdfRefusal(Pdfs.javaScript())).contains(PdfRefusal.ACTIVE_CONTENT);
  }

  @Test
  void aPdfThatIsAlsoAWebPageIsRefused() throws Exception {
    assertThat(UploadedContent.pdfRefusal(Pdfs.withHtml())).contains(PdfRefusal.HTML);
    assertThat(UploadedContent.sniff(Pdfs.withHtml())).isEmpty();
  }

  @Test
  void aPdfHeaderOnGarbageIsNotAPdf() {
    assertThat(UploadedContent.pdfRefusal(Pdfs.headerOnly())).contains(PdfRefusal.UNREADABLE);
    assertThat(UploadedContent.sniff(Pdfs.headerOnly())).isEmpty();
  }
}
