package vn.phoihop.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.agreement.AgreementViews.Detail;
import vn.phoihop.agreement.AgreementViews.Page;
import vn.phoihop.agreement.AgreementViews.ReasonRequest;
import vn.phoihop.agreement.AgreementViews.Summary;
import vn.phoihop.agreement.AgreementViews.VersionText;
import vn.phoihop.identity.CurrentUser;
import vn.phoihop.web.IdempotentRequests;

/**
 * Coordination agreements over REST. Opening one starts its process; the steps themselves are user
 * tasks (Tasklist, or {@code /engine-rest/task/{id}/complete}). An agreement the caller may not see
 * answers 404.
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(
    name = "Agreements",
    description =
        "Coordination regulations and plans (quy chế, kế hoạch phối hợp): propose, look up,"
            + " amend, terminate")
class AgreementController {

  private final AgreementOpening opening;
  private final PartyRequests requests;
  private final AgreementQueries queries;
  private final CurrentUser currentUser;
  private final IdempotentRequests idempotency;

  AgreementController(
      AgreementOpening opening,
      PartyRequests requests,
      AgreementQueries queries,
      CurrentUser currentUser,
      IdempotentRequests idempotency) {
    this.opening = opening;
    this.requests = requests;
    this.queries = queries;
    this.currentUser = currentUser;
    this.idempotency = idempotency;
  }

  @PostMapping
  @Operation(
      summary = "Propose an agreement and start its process",
      description =
          "Officers of the lead agency (cơ quan chủ trì) only; the lead agency is the"
              + " proposer's unit, administrators name it. Invalid data answers 400 naming the"
              + " field and creates nothing.")
  @ApiResponse(
      responseCode = "201",
      description =
          "Created; the process waits for the draft to be written. A repeat with the same"
              + " Idempotency-Key answers the same result (header Idempotent-Replayed: true) and"
              + " creates nothing more.",
      content = @Content(schema = @Schema(implementation = Detail.class)))
  @ApiResponse(
      responseCode = "400",
      description = "Invalid data",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "403",
      description = "Not an officer of the lead agency",
      content = @Content)
  @ApiResponse(
      responseCode = "409",
      description =
          "The Idempotency-Key was used for a different request, or a request with the same key is"
              + " still being processed",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> create(
      @Parameter(description = IDEMPOTENCY_KEY)
          @RequestHeader(name = IdempotentRequests.HEADER, required = false)
          String idempotencyKey,
      @RequestBody AgreementRequest request) {
    var user = currentUser.get();
    return idempotency.once(
        idempotencyKey,
        "POST /api/v1/agreements",
        request,
        () -> {
          Agreement agreement = opening.create(request, user);
          return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreement.getCode()))
              .body(queries.detail(agreement.getCode(), user));
        });
  }

  static final String IDEMPOTENCY_KEY =
      "A key the client generates (e.g. a UUID) to retry safely: within 24 hours, the same user"
          + " with the same key gets the first result back and no second record is created; the"
          + " same key with a different body: 409.";

  @GetMapping
  @Operation(summary = "List the agreements the caller may see, with filters")
  Page<Summary> list(
      @Parameter(description = "Status") @RequestParam(required = false) AgreementStatus status,
      @Parameter(description = "Code of an agency that is a party") @RequestParam(required = false)
          String agency,
      @Parameter(description = "Coordination field code") @RequestParam(required = false)
          String field,
      @Parameter(
              description = "true: only agreements with an overdue task; false: only those without")
          @RequestParam(required = false)
          Boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return queries.list(
        new AgreementQueries.Filter(status, agency, field, overdue), page, size, currentUser.get());
  }

  @GetMapping("/{code}")
  @Operation(
      summary =
          "Get one agreement with its parties, versions, comments, signatures, documents,"
              + " timeline and open tasks")
  @ApiResponse(
      responseCode = "404",
      description = "No such agreement, or the caller's agency is not a party to it",
      content = @Content)
  Detail detail(@PathVariable String code) {
    return queries.detail(code, currentUser.get());
  }

  @GetMapping("/{code}/versions/{versionNo}")
  @Operation(summary = "Get the full text of one version")
  VersionText version(@PathVariable String code, @PathVariable int versionNo) {
    return queries.version(code, versionNo, currentUser.get());
  }

  @PostMapping("/{code}/amendment-requests")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary = "A party requests an amendment of an agreement in force",
      description =
          "Users of a party; the process moves on to drafting, approving and signing or issuing"
              + " the amendment.")
  @ApiResponse(
      responseCode = "409",
      description = "The agreement is not in force",
      content = @Content)
  Detail requestAmendment(@PathVariable String code, @RequestBody ReasonRequest request) {
    var user = currentUser.get();
    requests.requestAmendment(code, request.reason(), user);
    return queries.detail(code, user);
  }

  @PostMapping("/{code}/termination")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary = "A party's leader terminates an agreement in force",
      description = "A reason is required.")
  @ApiResponse(responseCode = "403", description = "Not a leader of a party", content = @Content)
  @ApiResponse(
      responseCode = "409",
      description = "The agreement is not in force",
      content = @Content)
  Detail terminate(@PathVariable String code, @RequestBody ReasonRequest request) {
    var user = currentUser.get();
    requests.requestTermination(code, request.reason(), user);
    return queries.detail(code, user);
  }
}
