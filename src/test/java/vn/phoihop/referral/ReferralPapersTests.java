package vn.phoihop.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.referral.ReferralProcess.Elements.RECORD_DECISION;
import static vn.phoihop.referral.ReferralTestSupport.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.document.RenderedDocument;
import vn.phoihop.referral.ReferralEnums.DocumentKind;

/**
 * The papers a referral's steps generate, read back from what PhoiHop stored: the handover record
 * and the transfer letter of a transfer and of a forwarding, and the return record, each as DOCX
 * and PDF, with the Decree 30 header of the agency that issues them, the case's data, every
 * document handed over with its SHA-256, and the PDF's fonts embedded.
 */
@SpringBootTest
@Import(ProcessEngineCoverageConfiguration.class) // the context ReferralClockTests and others share
class ReferralPapersTests {

  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  ReferralTestSupport flow;

  @BeforeEach
  void setUp() {
    flow = ReferralTestSupport.of(context);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aTransferStoresTheHandoverRecordAndTheLetterAsDocxAndPdfIssuedByTheChiCuc()
      throws IOException {
    clockAt("2026-12-02T08:30");
    ProcessInstance instance =
        flow.transferred(dossier("COUNTERFEIT_GOODS", false, false, "CONSIDERING_PENALTY"));
    CaseReferral referral = flow.referral(instance);
    ReferralDocument evidence =
        referral.getDocuments().stream()
            .filter(d -> d.getKind() == DocumentKind.EVIDENCE)
            .findFirst()
            .orElseThrow();
    String number = "BB-" + referral.getCode();

    assertThat(referral.getDocuments())
        .filteredOn(d -> d.getKind() != DocumentKind.EVIDENCE)
        .extracting(ReferralDocument::getFileName, ReferralDocument::getContentType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(number + ".docx", RenderedDocument.DOCX_TYPE),
            org.assertj.core.groups.Tuple.tuple(number + ".pdf", RenderedDocument.PDF_TYPE),
            org.assertj.core.groups.Tuple.tuple(
                "CV-" + referral.getCode() + ".docx", RenderedDocument.DOCX_TYPE),
            org.assertj.core.groups.Tuple.tuple(
                "CV-" + referral.getCode() + ".pdf", RenderedDocument.PDF_TYPE));

    for (String text :
        List.of(docxText(referral, number + ".docx"), pdfText(referral, number + ".pdf"))) {
      assertThat(text)
          .contains(
              "SỞ CÔNG THƯƠNG TỈNH TÂY NINH",
              "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TÂY NINH",
              "Số: " + number,
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "Tây Ninh, ngày 02 tháng 12 năm 2026",
              "BIÊN BẢN",
              "Giao nhận hồ sơ vụ việc có dấu hiệu tội phạm",
              "08 giờ 30 phút, ngày 02 tháng 12 năm 2026",
              "Chi cục Quản lý thị trường tỉnh Tây Ninh",
              "Công an tỉnh Tây Ninh",
              referral.getCode(),
              "Điều 62 Luật Xử lý vi phạm hành chính",
              "ĐẠI DIỆN BÊN GIAO",
              "ĐẠI DIỆN BÊN NHẬN");
      // a table cell may wrap a long file name or hash over lines
      assertThat(text.replaceAll("\\s", "")).contains(evidence.getFileName(), evidence.getSha256());
    }
    assertThat(pdfFontsEmbedded(referral, number + ".pdf")).isTrue();
    // the stored SHA-256 is the hash of the stored bytes, like any evidence
    ReferralDocument pdf = document(referral, number + ".pdf");
    assertThat(pdf.getSha256()).isEqualTo(ReferralDocuments.sha256(content(pdf)));

    String letter = docxText(referral, "CV-" + referral.getCode() + ".docx");
    assertThat(letter)
        .contains(
            "Số: CV-" + referral.getCode(),
            "Kính gửi: Công an tỉnh Tây Ninh",
            "V/v chuyển hồ sơ vụ việc có dấu hiệu tội phạm",
            "biên bản giao nhận số " + number,
            "Nơi nhận:");
  }

  @Test
  void aForwardingIsIssuedByTheForwardingBodyAndTheReturnRecordByTheReturningOne()
      throws IOException {
    clockAt("2026-04-06T09:00");
    ProcessInstance instance =
        flow.transferred(dossier("COUNTERFEIT_GOODS", false, false, "CONSIDERING_PENALTY"));
    flow.acknowledge(instance, POLICE, "2026-04-06");
    clockAt("2026-04-09T10:00");
    flow.submit(
        instance,
        RECORD_DECISION,
        POLICE,
        ReferralProcess.Vars.DECISION_OUTCOME,
        ReferralProcess.Vars.FORWARDED,
        "forwardAgency",
        "HQ-KV17",
        "forwardDate",
        day("2026-04-08"),
        "forwardReason",
        "Hàng nhập lậu qua cửa khẩu: thuộc thẩm quyền của Hải quan.");
    CaseReferral forwarded = flow.referral(instance);
    String number = "BB-" + forwarded.getCode() + "-2";
    String record = pdfText(forwarded, number + ".pdf");
    assertThat(record)
        .contains(
            "CÔNG AN TỈNH TÂY NINH",
            "Số: " + number,
            "Tây Ninh, ngày 08 tháng 4 năm 2026",
            "Hôm nay, ngày 08 tháng 4 năm 2026",
            "Chi cục Hải quan khu vực XVII");
    // the first handover's own papers are listed among what is handed over
    assertThat(record.replaceAll("\\s", "")).contains("BB-" + forwarded.getCode() + ".pdf");
    assertThat(docxText(forwarded, "CV-" + forwarded.getCode() + "-2.docx"))
        .contains("Kính gửi: Chi cục Hải quan khu vực XVII", "thuộc thẩm quyền của Hải quan");

    flow.acknowledge(instance, CUSTOMS, "2026-04-09");
    flow.decide(instance, CUSTOMS, "NOT_PROSECUTED", "12/QĐ-KKT", "2026-04-09");
    flow.submit(
        instance,
        ReferralProcess.Elements.RETURN_DOSSIER,
        CUSTOMS,
        "returnDate",
        day("2026-04-09"),
        "returnNote",
        "Hồ sơ 35 bút lục và 12.000 bao thuốc lá.");
    CaseReferral returned = flow.referral(instance);
    String returnNumber = "BBTR-" + returned.getCode();
    for (String text :
        List.of(
            docxText(returned, returnNumber + ".docx"), pdfText(returned, returnNumber + ".pdf"))) {
      assertThat(text)
          .contains(
              "CHI CỤC HẢI QUAN KHU VỰC XVII",
              "Số: " + returnNumber,
              "12/QĐ-KKT",
              "09/04/2026",
              "Hồ sơ 35 bút lục và 12.000 bao thuốc lá.",
              "Đội Quản lý thị trường số 1");
    }
    assertThat(pdfFontsEmbedded(returned, returnNumber + ".pdf")).isTrue();
  }

  private ReferralDocument document(CaseReferral referral, String fileName) {
    return referral.getDocuments().stream()
        .filter(d -> d.getFileName().equals(fileName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no document " + fileName));
  }

  private byte[] content(ReferralDocument document) {
    return jdbc.queryForObject(
        "select content from case_referral_document_content where document_id = ?",
        byte[].class,
        document.getId());
  }

  private String docxText(CaseReferral referral, String fileName) throws IOException {
    try (XWPFDocument docx =
            new XWPFDocument(new ByteArrayInputStream(content(document(referral, fileName))));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      return extractor.getText();
    }
  }

  private String pdfText(CaseReferral referral, String fileName) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(content(document(referral, fileName)))) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  private boolean pdfFontsEmbedded(CaseReferral referral, String fileName) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(content(document(referral, fileName)))) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty();
      return fonts.stream().allMatch(PDFont::isEmbedded);
    }
  }
}
