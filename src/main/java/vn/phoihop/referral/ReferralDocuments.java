package vn.phoihop.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.referral.ReferralEnums.DocumentKind;
import vn.phoihop.referral.ReferralProcess.Variables;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * A referral's documents: uploaded through the REST API and downloaded again, stored in the
 * database with their SHA-256, size and media type after checking them — not empty, within the size
 * limit, of an allowed type whose content matches it, with a file name that reads as what it is
 * (see {@link #fileName}).
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

  private static final Logger log = LoggerFactory.getLogger(ReferralDocuments.class);

  private final ReferralDocumentRepository documents;
  private final ReferralDocumentContentRepository contents;
  private final ReferralProperties properties;
  private final ReferralLookup lookup;
  private final ReferralAccess access;
  private final ReferralDescriptions descriptions;
  private final RuntimeService runtimeService;
  private final SystemEngine system;

  ReferralDocuments(
      ReferralDocumentRepository documents,
      ReferralDocumentContentRepository contents,
      ReferralProperties properties,
      ReferralLookup lookup,
      ReferralAccess access,
      ReferralDescriptions descriptions,
      RuntimeService runtimeService,
      SystemEngine system) {
    this.documents = documents;
    this.contents = contents;
    this.properties = properties;
    this.lookup = lookup;
    this.access = access;
    this.descriptions = descriptions;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  /**
   * REST: adds a document to a referral the caller works on and that is not closed; refreshes the
   * list its forms show. A refused file (empty, too large, wrong type) stores nothing.
   */
  @Transactional
  ReferralDocument upload(
      String code, String fileName, String contentType, byte[] content, PhoiHopUser user) {
    CaseReferral referral = lookup.requireReadable(code, user);
    if (!access.addsDocuments(user, referral)) {
      throw DomainException.forbidden(
          Texts.text("referral.document.forbidden", referral.getCode()));
    }
    Checked file = check(fileName, contentType, content);
    ReferralDocument document = store(referral, DocumentKind.EVIDENCE, file, user.userId());
    refreshForms(referral);
    log.info(
        "Referral {}: document {} ({} bytes) added by {}",
        referral.getCode(),
        document.getFileName(),
        document.getSizeBytes(),
        user.userId());
    return document;
  }

  /**
   * Removes an evidence document from a dossier not yet transferred, for those who may add one; the
   * timeline records it, the forms' list and count follow. After the transfer (or for the handover
   * record) a 409 that changes nothing.
   */
  @Transactional
  void remove(String code, long documentId, PhoiHopUser user) {
    CaseReferral referral = lookup.requireReadable(code, user);
    if (!access.addsDocuments(user, referral)) {
      throw DomainException.forbidden(
          Texts.text("referral.document.removeForbidden", referral.getCode()));
    }
    ReferralDocument document = documentOf(referral, documentId);
    referral.removeDocument(document, user.userId(), Clocks.now());
    contents.deleteById(document.getId());
    contents.flush();
    refreshForms(referral);
    log.info(
        "Referral {}: document {} ({}) removed by {}",
        referral.getCode(),
        document.getId(),
        document.getFileName(),
        user.userId());
  }

  /** What the open task's form shows about the documents: the list and their number. */
  private void refreshForms(CaseReferral referral) {
    String list = descriptions.documentList(referral);
    int count = referral.getDocuments().size();
    lookup
        .runningInstance(referral.getCode())
        .ifPresent(
            instance ->
                system.run(
                    () ->
                        runtimeService.setVariables(
                            instance.getId(),
                            Map.of(
                                Variables.DOCUMENT_LIST.name(),
                                list,
                                Variables.DOCUMENT_COUNT.name(),
                                count))));
  }

  private static ReferralDocument documentOf(CaseReferral referral, long documentId) {
    return referral.getDocuments().stream()
        .filter(d -> d.getId() == documentId)
        .findFirst()
        .orElseThrow(
            () ->
                DomainException.notFound(
                    Texts.text("referral.document.notFound", referral.getCode(), documentId)));
  }

  /** A document of a referral the caller can read, with its bytes. */
  @Transactional(readOnly = true)
  Download download(String code, long documentId, PhoiHopUser user) {
    CaseReferral referral = lookup.requireReadable(code, user);
    ReferralDocument document = documentOf(referral, documentId);
    return new Download(
        document.getFileName(), document.getContentType(), document.getSha256(), content(document));
  }

  record Download(String fileName, String contentType, String sha256, byte[] content) {}

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
          throw DomainException.invalid(FIELD, Texts.text("referral.file.controlCharacter"));
        }
        // The part's headers (its name, in practice) over server.tomcat.max-part-header-size.
        if (t.getMessage() != null && t.getMessage().startsWith("Header section has more than")) {
          throw DomainException.invalid(
              FIELD, Texts.text("referral.file.nameHeaderTooLong", MAX_FILE_NAME));
        }
      }
      throw e;
    }
  }

  /** A checked upload: the media type it will be stored with, its file name. 400 when refused. */
  record Checked(String fileName, String contentType, byte[] content) {}

  Checked check(String fileName, String declaredType, byte[] content) {
    if (content == null || content.length == 0) {
      throw DomainException.invalid(FIELD, Texts.text("referral.file.empty"));
    }
    long max = properties.maxDocumentSize().toBytes();
    if (content.length > max) {
      throw DomainException.invalid(
          FIELD, Texts.text("referral.file.tooLarge", VietnameseFormats.size(max)));
    }
    String name = fileName(fileName);
    String type = mediaType(declaredType);
    if (type == null || type.equals("application/octet-stream")) {
      type = TYPE_BY_EXTENSION.get(extension(name));
    }
    if (type == null || !properties.allowedContentTypes().contains(type)) {
      throw DomainException.invalid(
          FIELD,
          declaredType == null
              ? Texts.text("referral.file.typeRefused")
              : Texts.text("referral.file.typeRefusedDeclared", declaredType));
    }
    byte[] signature = SIGNATURES.get(type);
    if (signature != null && !startsWith(content, signature)) {
      throw DomainException.invalid(FIELD, Texts.text("referral.file.contentMismatch", type));
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
            kind, fileName, contentType, content.length, sha256(content), actor, Clocks.now());
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
    String cleaned =
        FormInput.clean(FIELD, name.replace("\"", ""), false, Texts.text("referral.file.name"));
    if (cleaned == null) {
      return "tai-lieu";
    }
    if (cleaned.length() > MAX_FILE_NAME) {
      throw DomainException.invalid(
          FIELD, Texts.text("referral.file.nameTooLong", cleaned.length(), MAX_FILE_NAME));
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
