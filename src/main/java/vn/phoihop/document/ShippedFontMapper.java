package vn.phoihop.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper, replaced so that PDFBox never reads the host's fonts. PDFBox looks for a
 * system font whenever a font is not embedded — openhtmltopdf creates its built-in standard 14
 * fonts for every document, and PDFBox then scans the host's font directories and writes a cache
 * file in the user's home. PhoiHop never draws with those fonts (its own font comes first, and a
 * PDF with a font that is not embedded is refused), so every request is answered with the shipped
 * Liberation Serif instead: no scan, no cache file, the same result on every machine. The mapper is
 * PDFBox's one global setting; nothing else in PhoiHop uses PDFBox.
 */
final class ShippedFontMapper implements FontMapper {

  private static boolean installed;

  /** The font files: regular, bold, italic, bold italic; parsed when PDFBox first asks. */
  private final byte[][] files;

  private TrueTypeFont[] fonts;

  private ShippedFontMapper(byte[][] files) {
    this.files = files;
  }

  /** Makes this PDFBox's font mapper, once per JVM. */
  static synchronized void install(byte[] regular, byte[] bold, byte[] italic, byte[] boldItalic) {
    if (!installed) {
      FontMappers.set(new ShippedFontMapper(new byte[][] {regular, bold, italic, boldItalic}));
      installed = true;
    }
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(pick(baseFont, descriptor), false);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(pick(baseFont, descriptor), false);
  }

  @Override
  public CIDFontMapping getCIDFont(
      String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
    return new CIDFontMapping(null, pick(baseFont, descriptor), false);
  }

  private synchronized TrueTypeFont pick(String baseFont, PDFontDescriptor descriptor) {
    if (fonts == null) {
      fonts = new TrueTypeFont[files.length];
      for (int i = 0; i < files.length; i++) {
        fonts[i] = parse(files[i]);
      }
    }
    String name = baseFont == null ? "" : baseFont.toLowerCase(Locale.ROOT);
    boolean isBold =
        name.contains("bold")
            || descriptor != null
                && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    boolean isItalic =
        name.contains("italic")
            || name.contains("oblique")
            || descriptor != null && descriptor.isItalic();
    return fonts[(isBold ? 1 : 0) + (isItalic ? 2 : 0)];
  }

  private static TrueTypeFont parse(byte[] font) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(font));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
