package org.habeas.system.input;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;

/** Real PDFs for the upload tests, made with PDFBox: inert ones and ones carrying content. */
public final class Pdfs {

  private Pdfs() {}

  /** What is added to a one-page document before it is saved. */
  public interface Change {
    void apply(PDDocument doc) throws IOException;
  }

  /** A one-page PDF, with {@code change} applied. */
  public static byte[] pdf(Change change) throws IOException {
    try (var doc = new PDDocument()) {
      doc.addPage(new PDPage());
      change.apply(doc);
      var out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A plain one-page PDF that opens at its first page, fitted (a harmless open action). */
  public static byte[] plain() throws IOException {
    return pdf(
        doc -> {
          var fit = new PDPageFitDestination();
          fit.setPage(doc.getPage(0));
          doc.getDocumentCatalog().setOpenAction(fit);
        });
  }

  /** A PDF that runs JavaScript when opened. */
  public static byte[] javaScript() throws IOException {
    return pdf(
        doc -> doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")));
  }

  /** A PDF that launches a program when opened. */
  public static byte[] launch() throws IOException {
    return pdf(
        doc -> {
          var launch = new PDActionLaunch();
          launch.setFile(new PDComplexFileSpecification());
          launch.getFile().setFile("cmd.exe");
          doc.getDocumentCatalog().setOpenAction(launch);
        });
  }

  /** A PDF carrying an embedded file. */
  public static byte[] embeddedFile() throws IOException {
    return pdf(
        doc -> {
          var file =
              new PDEmbeddedFile(
                  doc, new ByteArrayInputStream("MZ payload".getBytes(StandardCharsets.US_ASCII)));
          var spec = new PDComplexFileSpecification();
          spec.setFile("payload.exe");
          spec.setEmbeddedFile(file);
          var tree = new PDEmbeddedFilesNameTreeNode();
          tree.setNames(Map.of("payload.exe", spec));
          var names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
          names.setEmbeddedFiles(tree);
          doc.getDocumentCatalog().setNames(names);
        });
  }

  /** A plain PDF whose bytes are also an HTML page with a script (a polyglot). */
  public static byte[] withHtml() throws IOException {
    var out = new ByteArrayOutputStream();
    out.write(plain());
    out.write(
        "\n<html><body><script>alert(document.cookie)</script></body></html>\n"
            .getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A PDF header on nothing. */
  public static byte[] headerOnly() {
    return "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  }
}
