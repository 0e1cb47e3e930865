package vn.phoihop.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Renders an XHTML + Mustache template to PDF: the values are HTML-escaped (a line break becomes
 * {@code <br/>}), the page is laid out by openhtmltopdf on PDFBox 3, and text is set in the shipped
 * Liberation Serif, registered as "Times New Roman" (the font the templates name) and as the
 * fallback for any other family, so every glyph is drawn with an embedded font subset. Fonts come
 * only from the classpath ({@code fonts/}), never from the host. The template may load nothing from
 * outside (no links, images or style sheets by URL): what it needs is written inside it.
 */
final class PdfRenderer {

  /** The family the templates' CSS names. */
  static final String FAMILY = "Times New Roman";

  private static final String MISSING_START = "\u0001";
  private static final String MISSING_END = "\u0002";
  private static final Pattern MISSING = Pattern.compile("\u0001([^\u0002]*)\u0002");

  private static final Mustache.Compiler COMPILER =
      Mustache.compiler()
          .strictSections(true)
          .defaultValue(MISSING_START + "{{name}}" + MISSING_END)
          .withEscaper(
              text -> Escapers.HTML.escape(text.replace("\r\n", "\n")).replace("\n", "<br/>"));

  private record FontFile(String resource, int weight, FontStyle style, byte[] bytes) {}

  private final List<FontFile> fonts;

  PdfRenderer() {
    fonts =
        List.of(
            font("fonts/LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            font("fonts/LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            font("fonts/LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            font("fonts/LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));
    ShippedFontMapper.install(
        fonts.get(0).bytes(), fonts.get(1).bytes(), fonts.get(2).bytes(), fonts.get(3).bytes());
    OpenHtmlToPdfLogging.install();
  }

  private static FontFile font(String resource, int weight, FontStyle style) {
    try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The document font " + resource + " is not on the classpath");
      }
      return new FontFile(resource, weight, style, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PDF of the template filled with the model. */
  byte[] render(DocumentTemplates.Template template, DocumentModel model) {
    String xhtml = fill(template, model);
    Document dom = parse(xhtml, template, "after filling it");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(dom, null);
    for (FontFile font : fonts) {
      builder.useFont(
          () -> new ByteArrayInputStream(font.bytes()), FAMILY, font.weight(), font.style(), true);
      builder.useFont(
          () -> new ByteArrayInputStream(font.bytes()),
          FAMILY,
          font.weight(),
          font.style(),
          true,
          EnumSet.of(FSFontUseCase.FALLBACK_PRE));
    }
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withProducer("PhoiHop");
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException | RuntimeException e) {
      throw new DocumentTemplateException(
          "Document template " + template.label() + " could not be laid out as PDF: " + e, e);
    }
    byte[] pdf = out.toByteArray();
    requireEmbeddedFonts(pdf, template);
    return pdf;
  }

  /** Compiles the template and checks that it is well-formed XHTML, without a model. */
  static void check(DocumentTemplates.Template template) {
    String source = new String(template.bytes(), StandardCharsets.UTF_8);
    compile(source, template);
    parse(source, template, "");
  }

  private static String fill(DocumentTemplates.Template template, DocumentModel model) {
    Template compiled = compile(new String(template.bytes(), StandardCharsets.UTF_8), template);
    Map<String, Object> context = new HashMap<>(model.fields());
    context.putAll(model.lists());
    String filled;
    try {
      filled = compiled.execute(context);
    } catch (MustacheException.Context e) {
      throw new DocumentTemplateException(
          "Document template "
              + template.label()
              + " has placeholders the model does not fill: {{#"
              + e.key
              + "}} (line "
              + e.lineNo
              + ")",
          e);
    } catch (MustacheException e) {
      throw new DocumentTemplateException(
          "Document template " + template.label() + " could not be filled: " + e.getMessage(), e);
    }
    Set<String> missing = new LinkedHashSet<>();
    Matcher matcher = MISSING.matcher(filled);
    while (matcher.find()) {
      missing.add("{{" + matcher.group(1) + "}}");
    }
    if (!missing.isEmpty()) {
      throw new DocumentTemplateException(
          "Document template "
              + template.label()
              + " has placeholders the model does not fill: "
              + String.join(", ", missing));
    }
    return filled;
  }

  private static Template compile(String source, DocumentTemplates.Template template) {
    try {
      return COMPILER.compile(source);
    } catch (MustacheException e) {
      throw new DocumentTemplateException(
          "Document template "
              + template.label()
              + " is not a valid Mustache template: "
              + e.getMessage(),
          e);
    }
  }

  /** The template as a DOM; no DTD, no external entity is read. */
  private static Document parse(String xhtml, DocumentTemplates.Template template, String when) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXParseException e) {
      throw new DocumentTemplateException(
          "Document template "
              + template.label()
              + " is not well-formed XHTML"
              + (when.isEmpty() ? "" : " " + when)
              + ": line "
              + e.getLineNumber()
              + ": "
              + e.getMessage(),
          e);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new DocumentTemplateException(
          "Document template " + template.label() + " could not be parsed: " + e, e);
    }
  }

  private static void requireEmbeddedFonts(byte[] pdf, DocumentTemplates.Template template) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Set<String> missing = PdfFonts.notEmbedded(document);
      if (!missing.isEmpty()) {
        throw new DocumentTemplateException(
            "The PDF of document template "
                + template.label()
                + " uses fonts that are not embedded: "
                + String.join(", ", missing)
                + " (a character the shipped font lacks, or a font the template names that PhoiHop"
                + " does not ship)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
