package vn.phoihop.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The three referral documents rendered from the built-in templates and read back as a reader's
 * tools would: the DOCX with POI, the PDF with PDFBox. The rendered files are kept under {@code
 * target/documents/} to look at.
 */
class OfficialDocumentsTests {

  private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  private static final String DATE_LINE = "Tây Ninh, ngày 02 tháng 12 năm 2026";

  private static OfficialDocuments documents;

  @BeforeAll
  static void builtInTemplates() {
    documents = new OfficialDocuments(new DocumentProperties(""));
  }

  @Test
  void theHandoverRecordReadsBackFromDocxAndPdfWithItsHeaderAndEveryDocument() throws Exception {
    RenderedDocument rendered =
        documents.render(
            "referral-handover-record", "BB-CHS-2026-0007", SampleReferral.handoverRecord());
    keep(rendered);
    assertThat(rendered.docxFileName()).isEqualTo("BB-CHS-2026-0007.docx");
    assertThat(rendered.pdfFileName()).isEqualTo("BB-CHS-2026-0007.pdf");

    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
      XWPFTable header = docx.getTables().get(0);
      assertThat(lines(header.getRow(0).getCell(0)))
          .containsExactly(
              "SỞ CÔNG THƯƠNG TỈNH TÂY NINH",
              "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TÂY NINH",
              "Số: 12/BB-QLTT");
      assertThat(lines(header.getRow(0).getCell(1))).containsExactly(NATION, MOTTO, DATE_LINE);

      String text = new XWPFWordExtractor(docx).getText();
      assertThat(text)
          .contains(
              "BIÊN BẢN",
              "Giao nhận hồ sơ vụ việc có dấu hiệu tội phạm",
              "Bên giao: Đội Quản lý thị trường số 5, Chi cục Quản lý thị trường tỉnh Tây Ninh",
              "Bên nhận: Công an tỉnh Tây Ninh",
              "mã số CHS-2026-0007",
              SampleReferral.CASE_SUMMARY,
              "trị giá ước tính: 1.850.000.000 đồng",
              "ĐẠI DIỆN BÊN GIAO",
              "ĐẠI DIỆN BÊN NHẬN",
              "ĐỘI TRƯỞNG",
              "Nguyễn Văn Hùng");
      assertThat(text).doesNotContain("{{", "}}");
      assertDiacriticsIntact(text);

      XWPFTable list = docx.getTables().get(1);
      assertThat(list.getRows()).hasSize(3);
      assertThat(cells(list.getRow(0)))
          .containsExactly("STT", "Loại tài liệu", "Tên tệp", "Dung lượng", "Mã băm SHA-256");
      assertThat(cells(list.getRow(1)))
          .containsExactly(
              "1",
              "Biên bản kiểm tra",
              "bien-ban-kiem-tra-28-11-2026.pdf",
              "412 KB",
              SampleReferral.SHA_1);
      assertThat(cells(list.getRow(2)))
          .containsExactly(
              "2",
              "Ảnh chụp hiện trường",
              "ảnh hiện trường kho số 3.jpg",
              "2,4 MB",
              SampleReferral.SHA_2);

      CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
      CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
      assertThat(twips(size.getW())).as("A4 width").isEqualTo(11906);
      assertThat(twips(size.getH())).as("A4 height").isEqualTo(16838);
      assertThat(millimetres(margins.getTop())).isBetween(20.0, 25.0);
      assertThat(millimetres(margins.getBottom())).isBetween(20.0, 25.0);
      assertThat(millimetres(margins.getLeft())).isBetween(30.0, 35.0);
      assertThat(millimetres(margins.getRight())).isBetween(15.0, 20.0);
      var defaultFonts =
          docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
      assertThat(List.of(defaultFonts.getAscii(), defaultFonts.getHAnsi(), defaultFonts.getCs()))
          .containsOnly("Times New Roman");
    }

    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      PDRectangle page = pdf.getPage(0).getMediaBox();
      assertThat(page.getWidth()).as("A4 width in points").isCloseTo(595.3f, within(1));
      assertThat(page.getHeight()).as("A4 height in points").isCloseTo(841.9f, within(1));
      String text = pdfText(pdf);
      assertThat(text)
          .contains(
              "SỞ CÔNG THƯƠNG TỈNH TÂY NINH",
              "Số: 12/BB-QLTT",
              NATION,
              MOTTO,
              DATE_LINE,
              "BIÊN BẢN",
              "Giao nhận hồ sơ vụ việc có dấu hiệu tội phạm",
              "Bên nhận: Công an tỉnh Tây Ninh",
              "mã số CHS-2026-0007",
              "1.850.000.000 đồng",
              "ĐẠI DIỆN BÊN GIAO",
              "ĐẠI DIỆN BÊN NHẬN",
              "ĐỘI TRƯỞNG",
              "Nguyễn Văn Hùng");
      assertThat(text).doesNotContain("{{", "}}");
      assertDiacriticsIntact(text);
      // Longer values wrap where the layout wants (agency names in the header column, file names
      // and hashes in their table cells): compared without white space.
      assertThat(unspaced(text))
          .contains(
              unspaced("CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TÂY NINH"),
              unspaced(SampleReferral.CASE_SUMMARY),
              unspaced("1 Biên bản kiểm tra bien-ban-kiem-tra-28-11-2026.pdf 412 KB")
                  + SampleReferral.SHA_1,
              unspaced("2 Ảnh chụp hiện trường ảnh hiện trường kho số 3.jpg 2,4 MB")
                  + SampleReferral.SHA_2);
      assertEveryFontEmbedded(pdf);
    }
  }

  @Test
  void theTransferLetterHasItsSubjectRecipientCopiesAndMultiLineBody() throws IOException {
    RenderedDocument rendered =
        documents.render(
            "referral-transfer-letter", "CV-CHS-2026-0007", SampleReferral.transferLetter());
    keep(rendered);

    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
      XWPFTable header = docx.getTables().get(0);
      assertThat(lines(header.getRow(0).getCell(0)))
          .containsExactly(
              "SỞ CÔNG THƯƠNG TỈNH TÂY NINH",
              "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TÂY NINH",
              "Số: 35/QLTT-NV",
              "V/v chuyển hồ sơ vụ việc có dấu hiệu tội phạm");
      assertThat(lines(header.getRow(0).getCell(1))).containsExactly(NATION, MOTTO, DATE_LINE);
      String text = new XWPFWordExtractor(docx).getText();
      assertThat(text)
          .contains(
              "Kính gửi: Công an tỉnh Tây Ninh",
              "để xem xét, giải quyết theo thẩm quyền.\nHồ sơ gồm 02 tài liệu",
              "Nơi nhận:",
              "- Như trên;\n- Sở Công Thương tỉnh Tây Ninh (để b/c);\n- Lưu: VT, NV.",
              "KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG",
              "Trần Thị Thu Hà");
      assertThat(text).doesNotContain("{{");
      XWPFParagraph body =
          docx.getParagraphs().stream()
              .filter(p -> p.getText().startsWith("Thực hiện Điều 62"))
              .findFirst()
              .orElseThrow();
      assertThat(body.getCTP().xmlText()).as("a line break, not a new paragraph").contains("w:br");
    }

    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      String text = pdfText(pdf);
      assertThat(text)
          .contains(
              "Số: 35/QLTT-NV",
              "V/v chuyển hồ sơ vụ việc có dấu hiệu tội phạm",
              NATION,
              MOTTO,
              DATE_LINE,
              "Kính gửi: Công an tỉnh Tây Ninh",
              "Hồ sơ gồm 02 tài liệu, kèm biên bản giao nhận số 12/BB-QLTT.",
              "Nơi nhận:",
              "- Lưu: VT, NV.",
              "KT. CHI CỤC TRƯỞNG PHÓ CHI CỤC TRƯỞNG",
              "Trần Thị Thu Hà");
      assertEveryFontEmbedded(pdf);
    }
  }

  @Test
  void theReturnRecordNamesTheDecisionAndWhatIsReturned() throws IOException {
    RenderedDocument rendered =
        documents.render(
            "referral-return-record", "BBTL-CHS-2026-0007", SampleReferral.returnRecord());
    keep(rendered);
    List<String> expected =
        List.of(
            "CÔNG AN TỈNH TÂY NINH",
            "PHÒNG CẢNH SÁT KINH TẾ",
            "Số: 03/BB-CSKT",
            NATION,
            MOTTO,
            "Tây Ninh, ngày 21 tháng 12 năm 2026",
            "Trả hồ sơ vụ việc có dấu hiệu tội phạm",
            "Quyết định số 17/QĐ-CSKT ngày 18/12/2026 của Công an tỉnh Tây Ninh",
            "Nội dung trả: Toàn bộ hồ sơ vụ việc và 1.200 chai rượu đang niêm phong",
            "ảnh hiện trường kho số 3.jpg",
            "PHÓ TRƯỞNG PHÒNG",
            "Lê Minh Đức");
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
      String text = new XWPFWordExtractor(docx).getText();
      assertThat(text).contains(expected).contains(SampleReferral.SHA_1, SampleReferral.SHA_2);
      assertThat(docx.getTables().get(1).getRows()).hasSize(3);
    }
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      String text = pdfText(pdf);
      assertThat(text).contains(expected);
      assertThat(unspaced(text)).contains(SampleReferral.SHA_1, SampleReferral.SHA_2);
      assertEveryFontEmbedded(pdf);
    }
  }

  @Test
  void valuesAreTextInBothFormatsNeverMarkup() throws IOException {
    Map<String, String> fields = SampleReferral.handoverRecord().fields();
    var changed = new java.util.HashMap<>(fields);
    changed.put("receivingAgency", "Công an <b>tỉnh</b> & \"{{issuer}}\"");
    RenderedDocument rendered =
        documents.render(
            "referral-handover-record",
            "x",
            new DocumentModel(changed, SampleReferral.handoverRecord().lists()));
    String expected = "Bên nhận: Công an <b>tỉnh</b> & \"{{issuer}}\"";
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
      assertThat(new XWPFWordExtractor(docx).getText()).contains(expected);
    }
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      assertThat(pdfText(pdf)).contains(expected);
    }
  }

  @Test
  void anEmptyListLeavesOnlyTheTableHeading() throws IOException {
    DocumentModel model =
        new DocumentModel(SampleReferral.handoverRecord().fields(), Map.of("documents", List.of()));
    RenderedDocument rendered = documents.render("referral-handover-record", "x", model);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
      assertThat(docx.getTables().get(1).getRows()).hasSize(1);
    }
  }

  @Test
  void aPlaceholderSplitAcrossRunsIsReplacedInTheFirstRunsFormatting(@TempDir Path dir)
      throws IOException {
    try (XWPFDocument template = new XWPFDocument()) {
      XWPFParagraph paragraph = template.createParagraph();
      paragraph.createRun().setText("Kính gửi: {{rec");
      XWPFRun middle = paragraph.createRun();
      middle.setText("ipi");
      middle.setBold(true);
      paragraph.createRun().setText("ent}}, đồng gửi {");
      XWPFRun last = paragraph.createRun();
      last.setItalic(true);
      last.setText("{issuer}} và {{referralCode}}.");
      write(template, dir.resolve("split.docx"));
    }
    Files.writeString(dir.resolve("split.html"), html("<p>{{recipient}}</p>"));

    RenderedDocument rendered =
        new OfficialDocuments(new DocumentProperties(dir.toString()))
            .render("split", "split", SampleReferral.transferLetter());

    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
      XWPFParagraph paragraph = docx.getParagraphs().get(0);
      assertThat(paragraph.getText())
          .isEqualTo(
              "Kính gửi: Công an tỉnh Tây Ninh, đồng gửi CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TÂY NINH"
                  + " và CHS-2026-0007.");
      XWPFRun first = paragraph.getRuns().get(0);
      assertThat(first.text()).isEqualTo("Kính gửi: Công an tỉnh Tây Ninh");
      assertThat(first.isBold()).as("the value keeps the first run's formatting").isFalse();
      assertThat(paragraph.getRuns().get(1).text()).isEmpty();
      assertThat(paragraph.getRuns().get(2).text())
          .as("the run where {{issuer}} starts holds its value")
          .isEqualTo(", đồng gửi CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TÂY NINH");
      assertThat(paragraph.getRuns().get(3).text()).isEqualTo(" và CHS-2026-0007.");
      assertThat(paragraph.getRuns().get(3).isItalic()).isTrue();
    }
  }

  @Test
  void aTemplateInTheConfiguredDirectoryWinsOverTheBuiltInOne(@TempDir Path dir)
      throws IOException {
    try (XWPFDocument template = new XWPFDocument()) {
      template.createParagraph().createRun().setText("Mẫu của Chi cục: {{issuer}}");
      write(template, dir.resolve("referral-handover-record.docx"));
    }
    Files.writeString(
        dir.resolve("referral-handover-record.html"),
        html("<p>Mẫu của Chi cục: {{issuer}}</p>"),
        StandardCharsets.UTF_8);
    OfficialDocuments replaced = new OfficialDocuments(new DocumentProperties(dir.toString()));

    RenderedDocument rendered =
        replaced.render("referral-handover-record", "x", SampleReferral.handoverRecord());

    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
      assertThat(new XWPFWordExtractor(docx).getText().strip())
          .isEqualTo("Mẫu của Chi cục: CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TÂY NINH");
    }
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      assertThat(pdfText(pdf).strip())
          .isEqualTo("Mẫu của Chi cục: CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TÂY NINH");
      assertEveryFontEmbedded(pdf);
    }
    // The other templates, not in the directory, are still the built-in ones.
    RenderedDocument letter =
        replaced.render("referral-transfer-letter", "x", SampleReferral.transferLetter());
    try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
      assertThat(pdfText(pdf)).contains(NATION, "Kính gửi: Công an tỉnh Tây Ninh");
    }
  }

  @Test
  void aReplacedTemplateGetsTheShippedFontWhateverFamilyItNamesAndLoadsNothingFromOutside(
      @TempDir Path dir) throws IOException {
    java.awt.image.BufferedImage dot =
        new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(dot, "png", dir.resolve("dot.png").toFile());
    Files.writeString(
        dir.resolve("outside.css"), "p { font-family: 'DejaVu Sans'; }", StandardCharsets.UTF_8);
    try (XWPFDocument template = new XWPFDocument()) {
      template.createParagraph().createRun().setText("{{issuer}}");
      write(template, dir.resolve("fonts.docx"));
    }
    Files.writeString(
        dir.resolve("fonts.html"),
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
            + "<link rel=\"stylesheet\" href=\""
            + dir.resolve("outside.css").toUri()
            + "\"/><style>body { font-family: Arial, Helvetica, sans-serif; }</style></head>"
            + "<body><p>{{issuer}}: ỷ ữ ặ ơ ư đ Đ</p><p style=\"font-family: Courier\">{{number}}</p>"
            + "<img src=\""
            + dir.resolve("dot.png").toUri()
            + "\"/></body></html>",
        StandardCharsets.UTF_8);

    RenderedDocument rendered =
        new OfficialDocuments(new DocumentProperties(dir.toString()))
            .render("fonts", "x", SampleReferral.handoverRecord());

    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      assertThat(pdfText(pdf))
          .contains("CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TÂY NINH: ỷ ữ ặ ơ ư đ Đ", "12/BB-QLTT");
      assertEveryFontEmbedded(pdf);
      PDResources resources = pdf.getPage(0).getResources();
      assertThat(resources.getXObjectNames()).as("the image by file URL is not loaded").isEmpty();
    }
  }

  @Test
  void anUnknownPlaceholderFailsNamingEachOne(@TempDir Path dir) throws IOException {
    try (XWPFDocument template = new XWPFDocument()) {
      template.createParagraph().createRun().setText("{{issuer}} {{signatory}}");
      XWPFTable table = template.createTable(1, 2);
      table.getRow(0).getCell(0).setText("{{documents.fileName}}");
      table.getRow(0).getCell(1).setText("{{documents.checksum}}");
      write(template, dir.resolve("unknown.docx"));
    }
    Files.writeString(dir.resolve("unknown.html"), html("<p>{{issuer}} {{stamp}} {{seal}}</p>"));
    OfficialDocuments withUnknown = new OfficialDocuments(new DocumentProperties(dir.toString()));

    assertThatThrownBy(() -> withUnknown.render("unknown", "x", SampleReferral.handoverRecord()))
        .isInstanceOf(DocumentTemplateException.class)
        .hasMessageContaining("unknown.docx")
        .hasMessageContaining(dir.resolve("unknown.docx").toString())
        .hasMessageContaining("placeholders the model does not fill")
        .hasMessageContaining("{{signatory}}")
        .hasMessageContaining("{{documents.checksum}}")
        .hasMessageNotContaining("{{issuer}}")
        .hasMessageNotContaining("{{documents.fileName}}");

    Files.delete(dir.resolve("unknown.docx"));
    try (XWPFDocument template = new XWPFDocument()) {
      template.createParagraph().createRun().setText("{{issuer}}");
      write(template, dir.resolve("unknown.docx"));
    }
    assertThatThrownBy(() -> withUnknown.render("unknown", "x", SampleReferral.handoverRecord()))
        .isInstanceOf(DocumentTemplateException.class)
        .hasMessageContaining("unknown.html")
        .hasMessageContaining("{{stamp}}, {{seal}}")
        .hasMessageNotContaining("{{issuer}}");
  }

  @Test
  void aListTheModelLacksFailsNamingIt(@TempDir Path dir) throws IOException {
    try (XWPFDocument template = new XWPFDocument()) {
      template.createParagraph().createRun().setText("{{issuer}}");
      write(template, dir.resolve("lists.docx"));
    }
    Files.writeString(dir.resolve("lists.html"), html("<p>{{#exhibits}}{{name}}{{/exhibits}}</p>"));
    OfficialDocuments withList = new OfficialDocuments(new DocumentProperties(dir.toString()));

    assertThatThrownBy(() -> withList.render("lists", "x", SampleReferral.transferLetter()))
        .isInstanceOf(DocumentTemplateException.class)
        .hasMessageContaining("lists.html")
        .hasMessageContaining("{{#exhibits}}");
  }

  @Test
  void aMissingTemplateIsAnErrorNamingWhereItWasLookedFor() {
    assertThatThrownBy(
            () -> documents.render("referral-closing-record", "x", SampleReferral.returnRecord()))
        .isInstanceOf(DocumentTemplateException.class)
        .hasMessageContaining("referral-closing-record.docx")
        .hasMessageContaining("classpath:templates/documents/referral-closing-record.docx");
  }

  @Test
  void aBrokenTemplateInTheDirectoryStopsTheStartNamingTheFile(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("referral-transfer-letter.docx"), "not a zip");
    assertThatThrownBy(() -> new OfficialDocuments(new DocumentProperties(dir.toString())))
        .isInstanceOf(DocumentTemplateException.class)
        .hasMessageContaining(dir.resolve("referral-transfer-letter.docx").toString())
        .hasMessageContaining("not a readable DOCX file");

    Files.delete(dir.resolve("referral-transfer-letter.docx"));
    Files.writeString(
        dir.resolve("referral-return-record.html"), html("<p>Kính gửi: {{recipient}}</div>"));
    assertThatThrownBy(() -> new OfficialDocuments(new DocumentProperties(dir.toString())))
        .isInstanceOf(DocumentTemplateException.class)
        .hasMessageContaining(dir.resolve("referral-return-record.html").toString())
        .hasMessageContaining("not well-formed XHTML");

    Files.writeString(dir.resolve("referral-return-record.html"), html("<p>{{#documents}}</p>"));
    assertThatThrownBy(() -> new OfficialDocuments(new DocumentProperties(dir.toString())))
        .isInstanceOf(DocumentTemplateException.class)
        .hasMessageContaining("referral-return-record.html")
        .hasMessageContaining("not a valid Mustache template");
  }

  @Test
  void aTemplateDirectoryThatDoesNotExistIsRefused(@TempDir Path dir) {
    Path missing = dir.resolve("mau-van-ban");
    assertThatThrownBy(() -> new DocumentProperties(missing.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phoihop.documents.template-dir")
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("not a directory");
    assertThat(new DocumentProperties("  ").directory()).isEmpty();
    assertThat(new DocumentProperties(null).directory()).isEmpty();
  }

  @Test
  void theBuiltInTemplatesAreTheShippedFilesAndEachOneOpensAndParses() throws IOException {
    List<String> shipped = new ArrayList<>();
    for (Resource resource :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:" + DocumentTemplates.CLASSPATH_DIR + "*")) {
      shipped.add(resource.getFilename());
    }
    List<String> expected = new ArrayList<>();
    DocumentTemplates builtIn = new DocumentTemplates(Optional.empty());
    for (String name : DocumentTemplates.BUILT_IN) {
      expected.add(name + ".docx");
      expected.add(name + ".html");
      // What the start checks only for replaced templates, the build checks for the shipped ones.
      DocxRenderer.check(builtIn.load(name, DocumentTemplates.Format.DOCX));
      PdfRenderer.check(builtIn.load(name, DocumentTemplates.Format.HTML));
    }
    assertThat(shipped).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void placeAndDatePadsDaysBelowTenAndJanuaryAndFebruaryOnly() {
    assertThat(OfficialDocuments.placeAndDate("Tây Ninh", LocalDate.of(2026, 2, 5)))
        .isEqualTo("Tây Ninh, ngày 05 tháng 02 năm 2026");
    assertThat(OfficialDocuments.placeAndDate("Tây Ninh", LocalDate.of(2026, 12, 2)))
        .isEqualTo("Tây Ninh, ngày 02 tháng 12 năm 2026");
    assertThat(OfficialDocuments.placeAndDate("Hà Nội", LocalDate.of(2027, 1, 31)))
        .isEqualTo("Hà Nội, ngày 31 tháng 01 năm 2027");
    assertThat(OfficialDocuments.placeAndDate("Gia Lai", LocalDate.of(2026, 3, 10)))
        .isEqualTo("Gia Lai, ngày 10 tháng 3 năm 2026");
    assertThat(OfficialDocuments.placeAndDate("Gia Lai", LocalDate.of(2026, 9, 9)))
        .isEqualTo("Gia Lai, ngày 09 tháng 9 năm 2026");
  }

  @Test
  void aModelRefusesNullValuesBadNamesAndANameUsedTwice() {
    assertThatThrownBy(() -> new DocumentModel(Collections.singletonMap("issuer", null)))
        .hasMessageContaining("issuer");
    assertThatThrownBy(() -> new DocumentModel(Map.of("so hieu", "1")))
        .hasMessageContaining("so hieu");
    assertThatThrownBy(
            () -> new DocumentModel(Map.of("documents", "x"), Map.of("documents", List.of())))
        .hasMessageContaining("both a field and a list");
  }

  // --- reading back

  private static void assertDiacriticsIntact(String text) {
    // Letters with stacked marks and the horn, which a font without Vietnamese draws as boxes and
    // a careless extraction decomposes: all must come back as the composed letters (NFC).
    for (String letter : List.of("ỷ", "ữ", "ặ", "ơ", "ư", "đ", "Đ", "ộ", "ề", "Ả")) {
      assertThat(text).as("extracted text holds %s", letter).contains(letter);
    }
    assertThat(text).isEqualTo(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
  }

  private static String unspaced(String text) {
    return text.replaceAll("\\s", "");
  }

  /** PDF text with runs of white space as one space (lines wrap where the layout wants). */
  private static String pdfText(PDDocument pdf) throws IOException {
    return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
  }

  /** Every font any page or annotation draws with, in forms nested at any depth, is embedded. */
  private static void assertEveryFontEmbedded(PDDocument pdf) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (PDPage page : pdf.getPages()) {
      fontsOf(page.getResources(), fonts, seen);
      for (PDAnnotation annotation : page.getAnnotations()) {
        PDAppearanceStream appearance =
            annotation.getAppearance() == null
                ? null
                : annotation.getAppearance().getNormalAppearance() == null
                    ? null
                    : annotation.getAppearance().getNormalAppearance().isStream()
                        ? annotation.getAppearance().getNormalAppearance().getAppearanceStream()
                        : null;
        if (appearance != null) {
          fontsOf(appearance.getResources(), fonts, seen);
        }
      }
    }
    assertThat(fonts).as("fonts in the PDF").isNotEmpty();
    assertThat(fonts)
        .allSatisfy(
            font -> {
              assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
              assertThat(font.getName()).contains("LiberationSerif");
            });
  }

  private static void fontsOf(PDResources resources, List<PDFont> fonts, Set<COSBase> seen)
      throws IOException {
    if (resources == null || !seen.add(resources.getCOSObject())) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        fontsOf(form.getResources(), fonts, seen);
      }
    }
  }

  /**
   * The lines of a table cell: its paragraphs, each split at its line breaks; blank ones left out.
   */
  private static List<String> lines(XWPFTableCell cell) {
    return cell.getParagraphs().stream()
        .flatMap(paragraph -> paragraph.getText().lines())
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(cell -> cell.getText().strip()).toList();
  }

  private static int twips(Object value) {
    return ((Number) value).intValue();
  }

  private static double millimetres(Object twips) {
    return twips(twips) * 25.4 / 1440;
  }

  private static org.assertj.core.data.Offset<Float> within(float points) {
    return org.assertj.core.data.Offset.offset(points);
  }

  private static String html(String body) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body { font-family:"
        + " 'Times New Roman'; }</style></head><body>"
        + body
        + "</body></html>";
  }

  private static void write(XWPFDocument document, Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.write(out);
    Files.write(file, out.toByteArray());
  }

  private static void keep(RenderedDocument rendered) throws IOException {
    Path dir = Path.of("target/documents");
    Files.createDirectories(dir);
    Files.write(dir.resolve(rendered.docxFileName()), rendered.docx());
    Files.write(dir.resolve(rendered.pdfFileName()), rendered.pdf());
  }
}
