package vn.phoihop.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a document template comes from: {@code <template-dir>/<name>.<ext>} when the administrator
 * put one there, else the built-in {@code classpath:templates/documents/<name>.<ext>}. Each file is
 * read when a document is rendered, so a replaced file is used from the next document on.
 */
final class DocumentTemplates {

  static final String CLASSPATH_DIR = "templates/documents/";

  /** The templates PhoiHop ships, each as a .docx and an .html under {@link #CLASSPATH_DIR}. */
  static final List<String> BUILT_IN =
      List.of("referral-handover-record", "referral-transfer-letter", "referral-return-record");

  private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** The two files of a template. */
  enum Format {
    DOCX(".docx"),
    HTML(".html");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  /**
   * One template file as read.
   *
   * @param location where it was read, for messages: an absolute path or {@code classpath:…}
   * @param overridden whether it comes from the template directory
   */
  record Template(String name, Format format, String location, boolean overridden, byte[] bytes) {

    String fileName() {
      return name + format.extension;
    }

    /** {@code referral-handover-record.docx (/etc/phoihop/templates/…)}, for messages. */
    String label() {
      return fileName() + " (" + location + ")";
    }
  }

  private final Optional<Path> directory;

  DocumentTemplates(Optional<Path> directory) {
    this.directory = directory.map(dir -> dir.toAbsolutePath().normalize());
  }

  Optional<Path> directory() {
    return directory;
  }

  /** The template file, from the template directory if it holds one, else the built-in one. */
  Template load(String name, Format format) {
    if (name == null || !TEMPLATE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a document template name: " + name);
    }
    String fileName = name + format.extension;
    if (directory.isPresent()) {
      Path file = directory.get().resolve(fileName);
      if (Files.isRegularFile(file)) {
        try {
          return new Template(name, format, file.toString(), true, Files.readAllBytes(file));
        } catch (IOException e) {
          throw new DocumentTemplateException(
              "Document template " + file + " cannot be read: " + e.getMessage(), e);
        }
      }
    }
    String resource = CLASSPATH_DIR + fileName;
    try (InputStream in = DocumentTemplates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        String where =
            directory
                .map(dir -> "neither " + dir.resolve(fileName) + " nor classpath:" + resource)
                .orElse("no classpath:" + resource);
        throw new DocumentTemplateException(
            "No document template " + fileName + ": there is " + where);
      }
      return new Template(name, format, "classpath:" + resource, false, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files in the template directory that replace no built-in template. */
  List<Path> unusedFiles(List<String> names) {
    if (directory.isEmpty()) {
      return List.of();
    }
    Set<String> used = new TreeSet<>();
    for (String name : names) {
      for (Format format : Format.values()) {
        used.add(name + format.extension);
      }
    }
    try (Stream<Path> files = Files.list(directory.get())) {
      return files.filter(file -> !used.contains(file.getFileName().toString())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
