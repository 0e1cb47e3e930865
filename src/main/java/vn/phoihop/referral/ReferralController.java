package vn.phoihop.referral;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.phoihop.identity.CurrentUser;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;
import vn.phoihop.web.IdempotentRequests;

/**
 * Case referrals: open a dossier, list and read them (each user only within their unit's reach),
 * upload and download evidence, withdraw before the transfer, record an extension.
 */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralController {

  private final ReferralOpening opening;
  private final ReferralDocuments documents;
  private final ReferralClocks clocks;
  private final ReferralViews views;
  private final CurrentUser currentUser;
  private final IdempotentRequests idempotency;

  ReferralController(
      ReferralOpening opening,
      ReferralDocuments documents,
      ReferralClocks clocks,
      ReferralViews views,
      CurrentUser currentUser,
      IdempotentRequests idempotency) {
    this.opening = opening;
    this.documents = documents;
    this.clocks = clocks;
    this.views = views;
    this.currentUser = currentUser;
    this.idempotency = idempotency;
  }

  /**
   * A QLTT team officer opens a dossier; the {@code case-referral} process starts. With an {@code
   * Idempotency-Key}, a repeat within 24 hours answers the first result and opens nothing.
   */
  @PostMapping
  ResponseEntity<?> open(
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
      @RequestBody DossierInput dossier) {
    if (dossier == null) {
      throw DomainException.invalid("body", Texts.text("referral.body.missing"));
    }
    PhoiHopUser user = currentUser.get();
    return idempotency.once(
        idempotencyKey,
        "POST /api/v1/referrals",
        dossier,
        () -> {
          CaseReferral referral = opening.openAndStart(dossier, user);
          return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.getCode()))
              .body(views.detail(referral.getCode(), user));
        });
  }

  @GetMapping
  ReferralViews.ListPage list(
      @RequestParam(required = false) ReferralStatus status,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String receivingAgency,
      @RequestParam(required = false) String openingAgency,
      @RequestParam(required = false) String violationCategory,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return views.list(
        currentUser.get(),
        new ReferralFilter(status, overdue, receivingAgency, openingAgency, violationCategory),
        page,
        size);
  }

  /** The referral with its dossier, routing, clocks, extensions, documents and timeline. */
  @GetMapping("/{code}")
  ReferralViews.Detail detail(@PathVariable String code) {
    return views.detail(code, currentUser.get());
  }

  /**
   * Adds a document. With an {@code Idempotency-Key}, a repeat within 24 hours (same file name,
   * type and content) answers the first result and stores nothing.
   */
  @PostMapping(path = "/{code}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
              schema = @Schema(implementation = UploadForm.class)))
  ResponseEntity<?> upload(
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
      @PathVariable String code,
      @Parameter(hidden = true) MultipartHttpServletRequest request)
      throws IOException {
    MultipartFile file = ReferralDocuments.filePart(request);
    if (file == null) {
      throw DomainException.invalid(ReferralDocuments.FIELD, Texts.text("referral.file.missing"));
    }
    byte[] content = file.getBytes();
    PhoiHopUser user = currentUser.get();
    return idempotency.once(
        idempotencyKey,
        "POST /api/v1/referrals/" + code + "/documents",
        new UploadRequest(
            file.getOriginalFilename(), file.getContentType(), ReferralDocuments.sha256(content)),
        () -> {
          ReferralDocument document =
              documents.upload(
                  code, file.getOriginalFilename(), file.getContentType(), content, user);
          return ResponseEntity.created(
                  URI.create("/api/v1/referrals/" + code + "/documents/" + document.getId()))
              .body(ReferralViews.document(document));
        });
  }

  /** The multipart form of an upload, for the OpenAPI contract. */
  record UploadForm(@Schema(type = "string", format = "binary") String file) {}

  /** What a repeated upload must match to get the first answer again. */
  record UploadRequest(String fileName, String contentType, String sha256) {}

  @GetMapping("/{code}/documents/{id}")
  ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id) {
    ReferralDocuments.Download file = documents.download(code, id, currentUser.get());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(
            "Digest",
            "sha-256="
                + java.util.Base64.getEncoder()
                    .encodeToString(java.util.HexFormat.of().parseHex(file.sha256())))
        .eTag("\"" + file.sha256() + "\"")
        .body(file.content());
  }

  record WithdrawalRequest(String reason) {}

  /** Withdraws a dossier not yet transferred (QLTT staff or leader of the team or its Chi cục). */
  @PostMapping("/{code}/withdrawal")
  ReferralViews.Detail withdraw(
      @PathVariable String code, @RequestBody(required = false) WithdrawalRequest request) {
    PhoiHopUser user = currentUser.get();
    opening.withdraw(code, request == null ? null : request.reason(), user);
    return views.detail(code, user);
  }

  /** The receiving liaison records an extension of the decision clock (same rules as the form). */
  @PostMapping("/{code}/extensions")
  ReferralViews.Detail extend(
      @PathVariable String code, @RequestBody ReferralClocks.ExtensionInput extension) {
    PhoiHopUser user = currentUser.get();
    clocks.requestExtension(code, extension, user);
    return views.detail(code, user);
  }
}
