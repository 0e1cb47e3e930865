package vn.phoihop.document;

/**
 * One official document in both formats: the editable DOCX and the PDF to archive or send.
 *
 * @param baseName the file name without extension ({@code BB-CHS-2026-0007})
 */
public record RenderedDocument(String baseName, byte[] docx, byte[] pdf) {

  /** The media type of {@link #docx()}. */
  public static final String DOCX_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** The media type of {@link #pdf()}. */
  public static final String PDF_TYPE = "application/pdf";

  /** {@code <baseName>.docx}. */
  public String docxFileName() {
    return baseName + ".docx";
  }

  /** {@code <baseName>.pdf}. */
  public String pdfFileName() {
    return baseName + ".pdf";
  }

  @Override
  public String toString() {
    return "RenderedDocument["
        + baseName
        + ", docx "
        + docx.length
        + " B, pdf "
        + pdf.length
        + " B]";
  }
}
