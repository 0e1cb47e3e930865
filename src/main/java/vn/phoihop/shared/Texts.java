package vn.phoihop.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vietnamese sentences users read, looked up by key in the message bundles under {@code
 * src/main/resources/i18n/}: the key's first segment names the bundle ({@code
 * agreement.partner.duplicate} lives in {@code i18n/agreement.properties}), arguments are {@link
 * MessageFormat} placeholders ({@code {0}}). {@code TextKeysTests} checks that every key the code
 * uses exists. Longer texts (e-mails, timeline entries) are templates, see {@link Templates}.
 */
public final class Texts {

  /** The language of every user-facing text. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

  private Texts() {}

  /** The sentence for {@code key} with its arguments filled in. */
  public static String text(String key, Object... arguments) {
    String pattern = bundle(key).getString(key);
    if (arguments.length == 0) {
      return new MessageFormat(pattern, VIETNAMESE).format(new Object[0]);
    }
    return new MessageFormat(pattern, VIETNAMESE).format(arguments);
  }

  /** Whether {@code key} exists in its bundle. */
  public static boolean exists(String key) {
    try {
      return bundle(key).containsKey(key);
    } catch (MissingResourceException e) {
      return false;
    }
  }

  private static ResourceBundle bundle(String key) {
    int dot = key.indexOf('.');
    if (dot <= 0) {
      throw new IllegalArgumentException("A text key is <bundle>.<name>: " + key);
    }
    return BUNDLES.computeIfAbsent(
        key.substring(0, dot), name -> ResourceBundle.getBundle("i18n." + name, VIETNAMESE));
  }
}
