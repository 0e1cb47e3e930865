package vn.phoihop.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.phoihop.referral.ReferralEnums.DocumentKind;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.VietnameseFormats;

/**
 * Stores a referral's documents in the database with their SHA-256, size and media type, after
 * checking them: not empty, within the size limit, of an allowed type whose content matches it,
 * with a file name that reads as what it is (see {@link #fileName}).
 */
@Component
class ReferralDocuments {

  static final String FIELD = "file";

  /** Longest file name kept (most file systems' limit). */
  static final int MAX_FILE_NAME = 255;

  private static final Map<String, String> TYPE_BY_EXTENSION =
      Map.of(
          "pdf", "application/pdf",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "png", "image/png",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private static final Map<String, byte[]> SIGNATURES =
      Map.of(
          "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
          "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
          // Office Open XML files are ZIP archives.
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              new byte[] {'P', 'K', 3, 4},
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              new byte[] {'P', 'K', 3, 4});

  private final ReferralDocumentRepository documents;
  private final ReferralDocumentContentRepository contents;
  private final ReferralProperties properties;

  ReferralDocuments(
      ReferralDocumentRepository documents,
      ReferralDocumentContentRepository contents,
      ReferralProperties properties) {
    this.documents = documents;
    this.contents = contents;
    this.properties = properties;
  }

  /**
   * The {@code file} part of an upload, or {@code null}. The request is parsed here, not before the
   * handler ({@code spring.servlet.multipart.resolve-lazily}), so that a file name the servlet
   * container refuses to parse (a NUL byte) is a 400 naming {@code file} like every other refused
   * name, not a failure before PhoiHop sees the request.
   */
  static MultipartFile filePart(MultipartHttpServletRequest request) {
    try {
      return request.getFile(FIELD);
    } catch (MultipartException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InvalidFileNameException) {
          throw DomainException.invalid(
              FIELD,
              "Tên tệp chứa ký tự điều khiển không được phép (U+0000). Hãy đổi tên tệp rồi tải"
                  + " lên lại.");
        }
        // The part's headers (its name, in practice) over server.tomcat.max-part-header-size.
        if (t.getMessage() != null && t.getMessage().startsWith("Header section has more than")) {
          throw DomainException.invalid(
              FIELD,
              "Tên tệp quá dài (tối đa "
                  + MAX_FILE_NAME
                  + " ký tự). Hãy đổi tên tệp cho ngắn hơn rồi tải lên lại.");
        }
      }
      throw e;
    }
  }

  /** A checked upload: the media type it will be stored with, its file name. 400 when refused. */
  record Checked(String fileName, String contentType, byte[] content) {}

  Checked check(String fileName, String declaredType, byte[] content) {
    if (content == null || content.length == 0) {
      throw DomainException.invalid(FIELD, "Tệp tải lên rỗng. Hãy chọn một tệp có nội dung.");
    }
    long max = properties.maxDocumentSize().toBytes();
    if (content.length > max) {
      throw DomainException.invalid(
          FIELD,
          "Tệp lớn hơn dung lượng cho phép ("
              + VietnameseFormats.size(max)
              + "). Hãy nén hoặc chia nhỏ tài liệu.");
    }
    String name = fileName(fileName);
    String type = mediaType(declaredType);
    if (type == null || type.equals("application/octet-stream")) {
      type = TYPE_BY_EXTENSION.get(extension(name));
    }
    if (type == null || !properties.allowedContentTypes().contains(type)) {
      throw DomainException.invalid(
          FIELD,
          "Loại tệp không được chấp nhận"
              + (declaredType == null ? "" : " (" + declaredType + ")")
              + ". Chỉ nhận PDF, ảnh JPEG/PNG, Word (.docx) và Excel (.xlsx).");
    }
    byte[] signature = SIGNATURES.get(type);
    if (signature != null && !startsWith(content, signature)) {
      throw DomainException.invalid(
          FIELD, "Nội dung tệp không đúng với loại tệp " + type + ". Hãy kiểm tra lại tệp.");
    }
    return new Checked(name, type, content);
  }

  ReferralDocument store(CaseReferral referral, DocumentKind kind, Checked file, String actor) {
    return store(referral, kind, file.fileName(), file.contentType(), file.content(), actor);
  }

  ReferralDocument store(
      CaseReferral referral,
      DocumentKind kind,
      String fileName,
      String contentType,
      byte[] content,
      String actor) {
    ReferralDocument document =
        referral.addDocument(
            kind,
            fileName,
            contentType,
            content.length,
            sha256(content),
            actor,
            ReferralService.now());
    documents.save(document);
    contents.save(new ReferralDocumentContent(document.getId(), content));
    return document;
  }

  byte[] content(ReferralDocument document) {
    return contents
        .findById(document.getId())
        .map(ReferralDocumentContent::getContent)
        .orElseThrow(
            () -> new IllegalStateException("Document " + document.getId() + " has no content"));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String mediaType(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    int semicolon = declared.indexOf(';');
    return (semicolon < 0 ? declared : declared.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The name a document is stored and listed under: its last path segment (some browsers send the
   * full path), NFC, trimmed, double quotes dropped; {@code tai-lieu} when none is given. Refused
   * (400, field {@code file}) with a control character (NUL, line breaks, tab, DEL, C1) or a
   * bidirectional formatting one (U+202A–U+202E, U+2066–U+2069: "hoadon\u202Efdp.exe" would list as
   * "hoadonexe.pdf"), or longer than {@value #MAX_FILE_NAME} characters.
   */
  static String fileName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String cleaned = FormInput.clean(FIELD, name.replace("\"", ""), false, "tên tệp");
    if (cleaned == null) {
      return "tai-lieu";
    }
    if (cleaned.length() > MAX_FILE_NAME) {
      throw DomainException.invalid(
          FIELD,
          "Tên tệp dài "
              + cleaned.length()
              + " ký tự, quá "
              + MAX_FILE_NAME
              + " ký tự cho phép. Hãy đổi tên tệp cho ngắn hơn rồi tải lên lại.");
    }
    return cleaned;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
