package vn.phoihop.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import vn.phoihop.document.DocumentTemplates.Template;

/**
 * Fills a DOCX template: every {@code {{name}}} in the text of the body, headers, footers,
 * footnotes and endnotes is replaced by the field's value, in the formatting of the run the
 * placeholder starts in (Word often splits what was typed at once into several runs: the runs a
 * placeholder spans are merged into its first one). A table row holding {@code {{list.key}}}
 * placeholders is repeated once per entry of the list, in order, and left out for an empty list. A
 * line break in a value becomes a line break ({@code w:br}). Placeholders the model does not fill
 * are an error naming each of them; nothing is silently left in the document.
 *
 * <p>It works on the document's XML (XMLBeans, as loaded by POI) rather than on POI's paragraph and
 * run objects: text inside hyperlinks, fields, content controls and tracked insertions is found the
 * same way, and copied table rows need no object model.
 */
final class DocxRenderer {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final QName P = new QName(W, "p");
  private static final QName T = new QName(W, "t");
  private static final QName TR = new QName(W, "tr");
  private static final QName BR = new QName(W, "br");
  private static final QName TXBX_CONTENT = new QName(W, "txbxContent");
  private static final QName XML_SPACE =
      new QName("http://www.w3.org/XML/1998/namespace", "space", "xml");

  /** Anything between double braces; what is inside must then be a name. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

  private static final Pattern NAME =
      Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_]*)(?:\\.([A-Za-z][A-Za-z0-9_]*))?\\s*");

  private DocxRenderer() {}

  /** The filled document. */
  static byte[] render(Template template, DocumentModel model) {
    try (XWPFDocument document = open(template)) {
      Filler filler = new Filler(model);
      filler.fillAll(document);
      filler.failOnProblems(template);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new DocumentTemplateException(
          "Document template " + template.label() + " could not be written: " + e.getMessage(), e);
    }
  }

  /** Opens the template and checks its placeholders' syntax, without a model. */
  static void check(Template template) {
    try (XWPFDocument document = open(template)) {
      Filler filler = new Filler(null);
      filler.fillAll(document);
      filler.failOnProblems(template);
    } catch (IOException e) {
      throw new DocumentTemplateException(
          "Document template " + template.label() + " could not be read: " + e.getMessage(), e);
    }
  }

  private static XWPFDocument open(Template template) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(template.bytes()));
    } catch (IOException | RuntimeException e) {
      throw new DocumentTemplateException(
          "Document template " + template.label() + " is not a readable DOCX file: " + e, e);
    }
  }

  /** A placeholder's name: {@code issuer}, or {@code documents.fileName} (list and key). */
  private record Name(String field, String key) {

    static Name parse(String inside) {
      Matcher matcher = NAME.matcher(inside);
      return matcher.matches() ? new Name(matcher.group(1), matcher.group(2)) : null;
    }

    boolean inList() {
      return key != null;
    }

    @Override
    public String toString() {
      return "{{" + (key == null ? field : field + "." + key) + "}}";
    }
  }

  /** One pass over a document, collecting what it could not fill. */
  private static final class Filler {

    /** The model; {@code null} to check the template's syntax only (every name gets ""). */
    private final DocumentModel model;

    private final Set<String> unknown = new LinkedHashSet<>();
    private final Set<String> malformed = new LinkedHashSet<>();
    private final Set<String> mixedRows = new LinkedHashSet<>();

    Filler(DocumentModel model) {
      this.model = model;
    }

    void fillAll(XWPFDocument document) {
      walk(document.getDocument().getBody(), this::field);
      for (XWPFHeaderFooter part : document.getHeaderList()) {
        walk(part._getHdrFtr(), this::field);
      }
      for (XWPFHeaderFooter part : document.getFooterList()) {
        walk(part._getHdrFtr(), this::field);
      }
      for (XWPFFootnote note : document.getFootnotes()) {
        walk(note.getCTFtnEdn(), this::field);
      }
      document.getEndnotes().forEach(note -> walk(note.getCTFtnEdn(), this::field));
    }

    void failOnProblems(Template template) {
      List<String> problems = new ArrayList<>();
      if (!malformed.isEmpty()) {
        problems.add(
            "placeholders that are not a name or list.key: " + String.join(", ", malformed));
      }
      if (!mixedRows.isEmpty()) {
        problems.add(
            "table rows that repeat over more than one list: " + String.join("; ", mixedRows));
      }
      if (!unknown.isEmpty()) {
        problems.add("placeholders the model does not fill: " + String.join(", ", unknown));
      }
      if (!problems.isEmpty()) {
        throw new DocumentTemplateException(
            "Document template " + template.label() + " has " + String.join("; ", problems));
      }
    }

    /** A field's value, or null. */
    private String field(Name name) {
      if (model == null) {
        return "";
      }
      return name.inList() ? null : model.fields().get(name.field());
    }

    /** Fills the paragraphs under {@code container}; {@code values} answers each placeholder. */
    private void walk(XmlObject container, Function<Name, String> values) {
      for (XmlObject child : children(container)) {
        QName name = nameOf(child);
        if (P.equals(name)) {
          fillParagraph(child, values);
        } else if (TR.equals(name)) {
          String list = repeatedList(child);
          if (list == null) {
            walk(child, values);
          } else {
            repeat(child, list, values);
          }
        } else {
          walk(child, values);
        }
      }
    }

    /** The list a table row repeats over, or null for an ordinary row. */
    private String repeatedList(XmlObject row) {
      Set<String> lists = new TreeSet<>();
      for (String text : paragraphTexts(row)) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
          Name name = Name.parse(matcher.group(1));
          if (name != null && name.inList()) {
            lists.add(name.field());
          }
        }
      }
      if (lists.size() > 1) {
        mixedRows.add(String.join(" and ", lists));
      }
      return lists.isEmpty() ? null : lists.iterator().next();
    }

    private void repeat(XmlObject row, String list, Function<Name, String> outer) {
      if (model == null) {
        walk(row, name -> "");
        return;
      }
      List<Map<String, String>> entries = model.lists().get(list);
      if (entries == null) {
        walk(row, name -> name.inList() ? null : outer.apply(name));
        return;
      }
      for (Map<String, String> entry : entries) {
        XmlObject copy;
        try (XmlCursor source = row.newCursor();
            XmlCursor target = row.newCursor()) {
          source.copyXml(target);
          target.toPrevSibling();
          copy = target.getObject();
        }
        walk(
            copy,
            name ->
                name.inList()
                    ? (name.field().equals(list) ? entry.get(name.key()) : null)
                    : outer.apply(name));
      }
      try (XmlCursor cursor = row.newCursor()) {
        cursor.removeXml();
      }
    }

    private void fillParagraph(XmlObject paragraph, Function<Name, String> values) {
      List<XmlObject> texts = new ArrayList<>();
      List<XmlObject> nested = new ArrayList<>();
      collectTexts(paragraph, texts, nested);
      List<String> strings = new ArrayList<>(texts.size());
      StringBuilder whole = new StringBuilder();
      int[] starts = new int[texts.size()];
      for (int i = 0; i < texts.size(); i++) {
        starts[i] = whole.length();
        String text = textOf(texts.get(i));
        strings.add(text);
        whole.append(text);
      }
      List<MatchResult> matches = new ArrayList<>();
      Matcher matcher = PLACEHOLDER.matcher(whole);
      while (matcher.find()) {
        matches.add(new MatchResult(matcher.start(), matcher.end(), matcher.group(1)));
      }
      boolean changed = false;
      for (int m = matches.size() - 1; m >= 0; m--) {
        MatchResult match = matches.get(m);
        Name name = Name.parse(match.inside());
        if (name == null) {
          malformed.add("{{" + match.inside() + "}}");
          continue;
        }
        String value = values.apply(name);
        if (value == null) {
          unknown.add(name.toString());
          continue;
        }
        int first = pieceAt(starts, match.start());
        int last = pieceAt(starts, match.end() - 1);
        String head = strings.get(first).substring(0, match.start() - starts[first]);
        String tail = strings.get(last).substring(match.end() - starts[last]);
        if (first == last) {
          strings.set(first, head + value + tail);
        } else {
          strings.set(first, head + value);
          for (int i = first + 1; i < last; i++) {
            strings.set(i, "");
          }
          strings.set(last, tail);
        }
        changed = true;
      }
      if (changed) {
        for (int i = 0; i < texts.size(); i++) {
          setText(texts.get(i), strings.get(i));
        }
      }
      for (XmlObject inner : nested) {
        walk(inner, values);
      }
    }
  }

  private record MatchResult(int start, int end, String inside) {}

  /** The index of the piece that holds character {@code position} of the paragraph's text. */
  private static int pieceAt(int[] starts, int position) {
    int piece = 0;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] <= position) {
        piece = i;
      }
    }
    return piece;
  }

  /**
   * The {@code w:t} elements of a paragraph in reading order; paragraphs nested in it (text boxes)
   * go to {@code nested}, to be filled as paragraphs of their own.
   */
  private static void collectTexts(XmlObject node, List<XmlObject> texts, List<XmlObject> nested) {
    for (XmlObject child : children(node)) {
      QName name = nameOf(child);
      if (T.equals(name)) {
        texts.add(child);
      } else if (TXBX_CONTENT.equals(name) || P.equals(name)) {
        nested.add(child);
      } else {
        collectTexts(child, texts, nested);
      }
    }
  }

  /** The text of every paragraph under {@code node}, each on its own. */
  private static List<String> paragraphTexts(XmlObject node) {
    List<String> out = new ArrayList<>();
    for (XmlObject child : children(node)) {
      if (P.equals(nameOf(child))) {
        List<XmlObject> texts = new ArrayList<>();
        List<XmlObject> nested = new ArrayList<>();
        collectTexts(child, texts, nested);
        StringBuilder text = new StringBuilder();
        texts.forEach(t -> text.append(textOf(t)));
        out.add(text.toString());
        nested.forEach(inner -> out.addAll(paragraphTexts(inner)));
      } else {
        out.addAll(paragraphTexts(child));
      }
    }
    return out;
  }

  private static List<XmlObject> children(XmlObject node) {
    List<XmlObject> out = new ArrayList<>();
    try (XmlCursor cursor = node.newCursor()) {
      if (cursor.toFirstChild()) {
        do {
          out.add(cursor.getObject());
        } while (cursor.toNextSibling());
      }
    }
    return out;
  }

  private static QName nameOf(XmlObject node) {
    try (XmlCursor cursor = node.newCursor()) {
      return cursor.getName();
    }
  }

  private static String textOf(XmlObject text) {
    try (XmlCursor cursor = text.newCursor()) {
      return cursor.getTextValue();
    }
  }

  /**
   * Sets a {@code w:t}'s text, spaces kept; each line break in it becomes a {@code w:br} followed
   * by a new {@code w:t}, in the same run.
   */
  private static void setText(XmlObject text, String value) {
    String[] lines = value.replace("\r\n", "\n").split("\n", -1);
    try (XmlCursor cursor = text.newCursor()) {
      cursor.setTextValue(lines[0]);
      cursor.setAttributeText(XML_SPACE, "preserve");
      cursor.toEndToken();
      cursor.toNextToken();
      for (int i = 1; i < lines.length; i++) {
        cursor.beginElement(BR);
        cursor.toNextToken();
        cursor.beginElement(T);
        cursor.insertAttributeWithValue(XML_SPACE, "preserve");
        cursor.insertChars(lines[i]);
        cursor.toNextToken();
      }
    }
  }
}
