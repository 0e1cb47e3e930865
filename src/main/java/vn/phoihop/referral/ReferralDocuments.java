package vn.phoihop.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralEnums.DocumentKind;
import vn.phoihop.web.ApiException;

/**
 * Stores a referral's documents in the database with their SHA-256, size and media type, after
 * checking them: not empty, within the size limit, of an allowed type whose content matches it.
 */
@Component
class ReferralDocuments {

  static final String FIELD = "file";

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

  /** A checked upload: the media type it will be stored with, its file name. 400 when refused. */
  record Checked(String fileName, String contentType, byte[] content) {}

  Checked check(String fileName, String declaredType, byte[] content) {
    if (content == null || content.length == 0) {
      throw ApiException.invalid(FIELD, "Tệp tải lên rỗng. Hãy chọn một tệp có nội dung.");
    }
    long max = properties.maxDocumentSize().toBytes();
    if (content.length > max) {
      throw ApiException.invalid(
          FIELD,
          "Tệp lớn hơn dung lượng cho phép ("
              + Texts.size(max)
              + "). Hãy nén hoặc chia nhỏ tài liệu.");
    }
    String name = safeName(fileName);
    String type = mediaType(declaredType);
    if (type == null || type.equals("application/octet-stream")) {
      type = TYPE_BY_EXTENSION.get(extension(name));
    }
    if (type == null || !properties.allowedContentTypes().contains(type)) {
      throw ApiException.invalid(
          FIELD,
          "Loại tệp không được chấp nhận"
              + (declaredType == null ? "" : " (" + declaredType + ")")
              + ". Chỉ nhận PDF, ảnh JPEG/PNG, Word (.docx) và Excel (.xlsx).");
    }
    byte[] signature = SIGNATURES.get(type);
    if (signature != null && !startsWith(content, signature)) {
      throw ApiException.invalid(
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

  private static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
    if (name.isEmpty()) {
      name = "tai-lieu";
    }
    return name.length() > 255 ? name.substring(name.length() - 255) : name;
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
