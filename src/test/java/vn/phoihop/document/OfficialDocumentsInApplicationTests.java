package vn.phoihop.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * The service as the application wires it (no template directory configured): the one other modules
 * will call.
 */
@PhoiHopIntegrationTest
class OfficialDocumentsInApplicationTests {

  @Autowired OfficialDocuments documents;

  @Test
  void theApplicationRendersTheHandoverRecordFromTheBuiltInTemplates() throws Exception {
    RenderedDocument rendered =
        documents.render(
            "referral-handover-record", "BB-CHS-2026-0007", SampleReferral.handoverRecord());

    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
      assertThat(new XWPFWordExtractor(docx).getText())
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/BB-QLTT");
    }
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("Độc lập - Tự do - Hạnh phúc", "Tây Ninh, ngày 02 tháng 12 năm 2026");
      assertThat(PdfFonts.notEmbedded(pdf)).isEmpty();
    }
  }
}
