package vn.phoihop.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;
import vn.phoihop.web.IdempotentRequests;

/**
 * Report campaigns: ask agencies for a report, list and read campaigns within the caller's reach.
 */
@Tag(name = "Campaigns", description = "Report campaigns: who was asked, who submitted")
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

  private final CampaignOpening opening;
  private final CampaignQueries queries;
  private final CurrentUser currentUser;
  private final IdempotentRequests idempotency;

  CampaignController(
      CampaignOpening opening,
      CampaignQueries queries,
      CurrentUser currentUser,
      IdempotentRequests idempotency) {
    this.opening = opening;
    this.queries = queries;
    this.currentUser = currentUser;
    this.idempotency = idempotency;
  }

  @Operation(summary = "Ask agencies for a report of one kind for one period by a deadline")
  @PostMapping
  ResponseEntity<?> open(
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
      @RequestBody(required = false) CampaignApi body) {
    if (body == null) {
      throw DomainException.invalid("body", Texts.text("campaign.body.missing"));
    }
    PhoiHopUser user = currentUser.get();
    return idempotency.once(
        idempotencyKey,
        "POST /api/v1/campaigns",
        body,
        () -> {
          ReportCampaign campaign = opening.openAndStart(body, user);
          return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.getId()))
              .body(queries.get(campaign.getId()));
        });
  }

  @Operation(summary = "List the campaigns the caller may read, newest first")
  @GetMapping
  List<CampaignView> list() {
    return queries.readable();
  }

  @Operation(summary = "Get one campaign: x/N submitted, the late and missing ones, the reports")
  @GetMapping("/{id}")
  CampaignView get(@PathVariable("id") long id) {
    return queries.get(id);
  }
}
