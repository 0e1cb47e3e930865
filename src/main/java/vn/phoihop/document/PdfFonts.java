package vn.phoihop.document;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** The fonts of a PDF that are not embedded: on every page and in every form it draws. */
final class PdfFonts {

  private PdfFonts() {}

  static Set<String> notEmbedded(PDDocument document) throws IOException {
    Set<String> missing = new TreeSet<>();
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (PDPage page : document.getPages()) {
      collect(page.getResources(), missing, seen);
    }
    return missing;
  }

  private static void collect(PDResources resources, Set<String> missing, Set<COSBase> seen)
      throws IOException {
    if (resources == null || !seen.add(resources.getCOSObject())) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      if (font != null && !font.isEmbedded()) {
        missing.add(font.getName());
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        collect(form.getResources(), missing, seen);
      }
    }
  }
}
