package vn.phoihop.document;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.phoihop.document.DocumentTemplates.Format;
import vn.phoihop.document.DocumentTemplates.Template;
import vn.phoihop.shared.Texts;

/**
 * Renders official documents — the referral's handover record, transfer letter and return record —
 * as DOCX and PDF from their templates ({@code templates/documents/<template>.docx} and {@code
 * .html}, or the files of the same name in {@code phoihop.documents.template-dir}). At start a
 * missing template, or a replaced one that does not open, stops the start with a message naming the
 * file; when rendering, a template that does not fit the model (a placeholder the model does not
 * fill) is an error, never a document with a gap.
 */
@Service
public class OfficialDocuments {

  private static final Logger log = LoggerFactory.getLogger(OfficialDocuments.class);

  private final DocumentTemplates templates;
  private final PdfRenderer pdf = new PdfRenderer();

  OfficialDocuments(DocumentProperties properties) {
    this.templates = new DocumentTemplates(properties.directory());
    checkTemplates();
  }

  /**
   * Renders {@code templates/documents/<template>.docx} and {@code .html} with the model.
   *
   * @param template the template's name, {@code referral-handover-record}
   * @param baseName the documents' file name without extension
   * @throws DocumentTemplateException when a template is missing, broken, or names a placeholder
   *     the model does not fill
   */
  public RenderedDocument render(String template, String baseName, DocumentModel model) {
    Objects.requireNonNull(model, "model");
    if (baseName == null || baseName.isBlank()) {
      throw new IllegalArgumentException("A document needs a base name");
    }
    byte[] docx = DocxRenderer.render(templates.load(template, Format.DOCX), model);
    byte[] pdfBytes = pdf.render(templates.load(template, Format.HTML), model);
    return new RenderedDocument(baseName, docx, pdfBytes);
  }

  /**
   * {@code Tây Ninh, ngày 02 tháng 12 năm 2026}: the place and date of a document by Decree
   * 30/2020/NĐ-CP (Appendix I): a day below 10 and the months January and February take a leading
   * zero ({@code ngày 05 tháng 02}), the other months none ({@code tháng 3}, {@code tháng 12}).
   */
  public static String placeAndDate(String place, LocalDate date) {
    return Texts.text("document.place-and-date", place, date(date));
  }

  /**
   * "ngày 02 tháng 12 năm 2026": a date as Decree 30 writes it, days below 10 and months 1 and 2
   * with a leading zero.
   */
  public static String date(LocalDate date) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    return Texts.text(
        "document.date",
        (day < 10 ? "0" : "") + day,
        (month < 3 ? "0" : "") + month,
        String.valueOf(date.getYear()));
  }

  /**
   * Every template must be there, and each one the administrator put in the template directory must
   * open and parse; a missing or broken one stops the start. The built-in ones are checked by the
   * build ({@code OfficialDocumentsTests}), which keeps POI's and openhtmltopdf's start-up cost
   * (seconds) out of PhoiHop's start when nothing is replaced.
   */
  private void checkTemplates() {
    List<String> names = DocumentTemplates.BUILT_IN;
    List<String> replaced = new ArrayList<>();
    for (String name : names) {
      Template docx = templates.load(name, Format.DOCX);
      if (docx.overridden()) {
        DocxRenderer.check(docx);
        replaced.add(docx.location());
      }
      Template html = templates.load(name, Format.HTML);
      if (html.overridden()) {
        PdfRenderer.check(html);
        replaced.add(html.location());
      }
    }
    for (Path unused : templates.unusedFiles(names)) {
      log.warn(
          "{} in phoihop.documents.template-dir replaces no built-in template (those are {}, each"
              + " as .docx and .html): check its name",
          unused,
          names);
    }
    templates
        .directory()
        .ifPresent(
            dir ->
                log.info(
                    "Document templates: {} replaced from {}: {}",
                    replaced.size(),
                    dir,
                    replaced.isEmpty() ? "none" : String.join(", ", replaced)));
  }
}
