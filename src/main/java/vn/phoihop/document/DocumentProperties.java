package vn.phoihop.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of official documents ({@code phoihop.documents.*}).
 *
 * @param templateDir a directory whose {@code <template>.docx} and {@code <template>.html} replace
 *     the built-in templates of the same name (each file on its own); empty: the built-in ones
 *     only. A configured directory that does not exist stops the start.
 */
@ConfigurationProperties("phoihop.documents")
record DocumentProperties(String templateDir) {

  DocumentProperties {
    templateDir = templateDir == null ? "" : templateDir.strip();
    if (!templateDir.isEmpty() && !Files.isDirectory(Path.of(templateDir))) {
      throw new IllegalArgumentException(
          "phoihop.documents.template-dir is "
              + Path.of(templateDir).toAbsolutePath()
              + ", which is not a directory; create it or leave the setting empty");
    }
  }

  /** The override directory, when one is configured. */
  Optional<Path> directory() {
    return templateDir.isEmpty() ? Optional.empty() : Optional.of(Path.of(templateDir));
  }
}
