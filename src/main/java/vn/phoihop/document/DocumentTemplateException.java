package vn.phoihop.document;

/**
 * A document template is missing or broken, or does not fit the model it is rendered with (a
 * placeholder the model does not fill). A fault of the installation or of the code, never of the
 * user: it is not turned into a refusal the user reads.
 */
public class DocumentTemplateException extends RuntimeException {

  DocumentTemplateException(String message) {
    super(message);
  }

  DocumentTemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
