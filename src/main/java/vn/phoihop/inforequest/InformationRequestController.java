package vn.phoihop.inforequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.identity.CurrentUser;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.web.IdempotentRequests;

/**
 * Information requests between the parties of an agreement over REST. Asking starts the request's
 * process; the receiver replies in Tasklist (or {@code /engine-rest/task/{id}/complete}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(
    name = "Information requests",
    description =
        "A party of an agreement in force asks another party for information (yêu cầu cung cấp"
            + " thông tin)")
class InformationRequestController {

  private final InformationRequests service;
  private final CurrentUser currentUser;
  private final IdempotentRequests idempotency;

  InformationRequestController(
      InformationRequests service, CurrentUser currentUser, IdempotentRequests idempotency) {
    this.service = service;
    this.currentUser = currentUser;
    this.idempotency = idempotency;
  }

  @PostMapping("/agreements/{code}/information-requests")
  @Operation(
      summary = "Ask another party of the agreement for information",
      description =
          "Staff, leaders and liaisons of a party of an agreement in force. The answer is due"
              + " by the configured deadline (5 working days by default); `restricted` keeps the"
              + " question and the replies to the officers of the two parties.")
  @ApiResponse(
      responseCode = "201",
      description = "Created; the receiver's officers have a reply task",
      content = @Content(schema = @Schema(implementation = InformationRequestView.class)))
  @ApiResponse(
      responseCode = "400",
      description = "Invalid data (the field is named as sent)",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "403",
      description = "The caller reads the agreement but is no officer of a party",
      content = @Content)
  @ApiResponse(
      responseCode = "404",
      description = "No such agreement, or the caller may not read it",
      content = @Content)
  @ApiResponse(
      responseCode = "409",
      description = "The agreement is not in force",
      content = @Content)
  ResponseEntity<?> ask(
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
      @PathVariable String code,
      @RequestBody InformationRequests.Ask body) {
    PhoiHopUser user = currentUser.get();
    return idempotency.once(
        idempotencyKey,
        "POST /api/v1/agreements/" + code + "/information-requests",
        body,
        () -> {
          InformationRequest request = service.ask(code, body, user);
          return ResponseEntity.created(
                  URI.create("/api/v1/information-requests/" + request.getId()))
              .body(service.view(request.getId(), user));
        });
  }

  @GetMapping("/agreements/{code}/information-requests")
  @Operation(summary = "The agreement's information requests the caller may read, newest first")
  @ApiResponse(
      responseCode = "404",
      description = "No such agreement, or the caller may not read it",
      content = @Content)
  List<InformationRequestView> list(@PathVariable String code) {
    PhoiHopUser user = currentUser.get();
    return service.views(code, user);
  }

  @GetMapping("/information-requests/{id}")
  @Operation(
      summary = "One information request with its replies",
      description =
          "The two parties' users, the managers of their provinces, national managers and"
              + " administrators; a restricted request's content only to the two parties'"
              + " officers, others get `contentWithheld: true`.")
  @ApiResponse(
      responseCode = "403",
      description = "The caller's agency is neither of the two parties",
      content = @Content)
  @ApiResponse(responseCode = "404", description = "No such request", content = @Content)
  InformationRequestView get(@PathVariable long id) {
    PhoiHopUser user = currentUser.get();
    return service.view(id, user);
  }
}
