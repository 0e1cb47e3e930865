package vn.phoihop.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.agency.AgencyAdministration;
import vn.phoihop.agency.AgencyChangeView;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.identity.CurrentUser;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/**
 * The registry's changes, for administrators only (403 for everyone else, before the body is read).
 * Each answers the agency as it now stands; the reason is required and goes to the audit.
 */
@Tag(name = "Reference data")
@RestController
@RequestMapping("/api/v1")
class RegistryAdminController {

  private final AgencyAdministration administration;
  private final AgencyRegistry registry;
  private final CurrentUser currentUser;

  RegistryAdminController(
      AgencyAdministration administration, AgencyRegistry registry, CurrentUser currentUser) {
    this.administration = administration;
    this.registry = registry;
    this.currentUser = currentUser;
  }

  @Operation(summary = "Add an agency (administrators); its Camunda groups are created at once")
  @PostMapping("/agencies")
  ResponseEntity<AgencyView> create(@RequestBody AgencyAdministration.NewAgency request) {
    String actor = administrator();
    AgencyView created = administration.create(request, actor);
    return ResponseEntity.created(URI.create("/api/v1/agencies/" + created.code())).body(created);
  }

  @Operation(summary = "Rename an agency (administrators)")
  @PostMapping("/agencies/{code}/rename")
  AgencyView rename(@PathVariable("code") String code, @RequestBody RegistryRequests.Rename body) {
    String actor = administrator();
    return administration.rename(code, body.name(), body.shortName(), body.reason(), actor);
  }

  @Operation(summary = "Move an agency to another province or parent (administrators)")
  @PostMapping("/agencies/{code}/move")
  AgencyView move(@PathVariable("code") String code, @RequestBody RegistryRequests.Move body) {
    String actor = administrator();
    return administration.move(code, body.provinceCode(), body.parentCode(), body.reason(), actor);
  }

  @Operation(
      summary =
          "Close an agency on its last day in force, with the agency that takes over its work"
              + " (administrators)")
  @PostMapping("/agencies/{code}/close")
  AgencyView close(@PathVariable("code") String code, @RequestBody RegistryRequests.Close body) {
    String actor = administrator();
    return administration.close(code, body.validTo(), body.successorCode(), body.reason(), actor);
  }

  @Operation(
      summary =
          "Give a current province to the regional customs branch that serves it from now on"
              + " (administrators); answers the branch with the provinces it now serves")
  @PostMapping("/provinces/{code}/customs-branch")
  AgencyView customsBranch(
      @PathVariable("code") String code, @RequestBody RegistryRequests.CustomsBranch body) {
    String actor = administrator();
    String branch =
        administration.assignCustomsBranch(code, body.branchCode(), body.reason(), actor).code();
    // Committed: the registry reloaded and shows the branch's provinces as they now are.
    return registry.require(branch, "branchCode");
  }

  @Operation(summary = "The audit of one agency's changes, oldest first (administrators)")
  @GetMapping("/agencies/{code}/changes")
  List<AgencyChangeView> changesOf(@PathVariable("code") String code) {
    administrator();
    return administration.changes(code);
  }

  @Operation(summary = "The latest 200 changes to the registry, newest first (administrators)")
  @GetMapping("/agency-changes")
  List<AgencyChangeView> changes(
      @Parameter(description = "Only this agency's changes, oldest first")
          @RequestParam(name = "agency", required = false)
          String agency) {
    administrator();
    return administration.changes(agency);
  }

  private String administrator() {
    if (!currentUser.isAdmin()) {
      throw DomainException.forbidden(Texts.text("registry.adminOnly"));
    }
    return currentUser.userId();
  }
}
