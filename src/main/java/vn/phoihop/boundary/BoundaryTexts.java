package vn.phoihop.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The boundary's user-facing sentences, from {@code i18n/boundary.properties} (Vietnamese). */
final class BoundaryTexts {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("i18n.boundary", VIETNAMESE);

  private BoundaryTexts() {}

  static String text(String key, Object... arguments) {
    return new MessageFormat(BUNDLE.getString(key), VIETNAMESE).format(arguments);
  }
}
