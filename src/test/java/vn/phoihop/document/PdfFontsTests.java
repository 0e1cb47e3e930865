package vn.phoihop.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/**
 * The check every rendered PDF passes: a font that is not embedded is found on a page and inside a
 * form the page draws, and an embedded one is not reported.
 */
class PdfFontsTests {

  @Test
  void aFontThatIsNotEmbeddedIsFoundOnAPageAndInsideANestedForm() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDResources pageResources = new PDResources();
      page.setResources(pageResources);
      try (var font =
          getClass().getClassLoader().getResourceAsStream("fonts/LiberationSerif-Regular.ttf")) {
        pageResources.add(PDType0Font.load(document, font, false));
      }
      try (PDDocument saved = saved(document)) {
        assertThat(PdfFonts.notEmbedded(saved)).isEmpty();
      }

      PDFormXObject outer = new PDFormXObject(document);
      PDFormXObject inner = new PDFormXObject(document);
      PDResources innerResources = new PDResources();
      innerResources.put(
          COSName.getPDFName("F9"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      inner.setResources(innerResources);
      PDResources outerResources = new PDResources();
      outerResources.add(inner);
      outer.setResources(outerResources);
      pageResources.add(outer);

      try (PDDocument saved = saved(document)) {
        assertThat(PdfFonts.notEmbedded(saved)).containsExactly("Helvetica");
      }
    }
  }

  /** The document as written and read back: a font subset is embedded when it is saved. */
  private static PDDocument saved(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return Loader.loadPDF(out.toByteArray());
  }
}
