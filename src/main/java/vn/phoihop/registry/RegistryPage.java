package vn.phoihop.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyAdministration;
import vn.phoihop.agency.AgencyChangeView;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.agency.ProvinceView;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Role;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;

/**
 * What the Admin webapp's registry page does, for the user signed in to the webapps: only an
 * administrator (group {@code admin} or {@code camunda-admin}) gets past {@link #administrator};
 * everyone else gets 403, whatever they ask.
 */
@Component
class RegistryPage {

  private final ProcessEngine engine;
  private final SystemEngine system;
  private final AgencyRegistry registry;
  private final AgencyAdministration administration;

  RegistryPage(
      ProcessEngine engine,
      SystemEngine system,
      AgencyRegistry registry,
      AgencyAdministration administration) {
    this.engine = engine;
    this.system = system;
    this.registry = registry;
    this.administration = administration;
  }

  record Option(String code, String label) {}

  /** The page's labels, agency types and current provinces. */
  Map<String, Object> options(String engineName) {
    administrator(engineName);
    // Each key written out, so that TextKeysTests finds it.
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    labels.put("title", Texts.text("registry.page.title"));
    labels.put("intro", Texts.text("registry.page.intro"));
    labels.put("searchHint", Texts.text("registry.page.searchHint"));
    labels.put("search", Texts.text("registry.page.search"));
    labels.put("anyType", Texts.text("registry.page.anyType"));
    labels.put("anyProvince", Texts.text("registry.page.anyProvince"));
    labels.put("code", Texts.text("registry.page.code"));
    labels.put("name", Texts.text("registry.page.name"));
    labels.put("shortName", Texts.text("registry.page.shortName"));
    labels.put("type", Texts.text("registry.page.type"));
    labels.put("province", Texts.text("registry.page.province"));
    labels.put("parent", Texts.text("registry.page.parent"));
    labels.put("validity", Texts.text("registry.page.validity"));
    labels.put("validFrom", Texts.text("registry.page.validFrom"));
    labels.put("lastDay", Texts.text("registry.page.lastDay"));
    labels.put("successor", Texts.text("registry.page.successor"));
    labels.put("unconfirmed", Texts.text("registry.page.unconfirmed"));
    labels.put("email", Texts.text("registry.page.email"));
    labels.put("borderArea", Texts.text("registry.page.borderArea"));
    labels.put("reason", Texts.text("registry.page.reason"));
    labels.put("central", Texts.text("registry.page.central"));
    labels.put("history", Texts.text("registry.page.history"));
    labels.put("noChanges", Texts.text("registry.page.noChanges"));
    labels.put("nothingFound", Texts.text("registry.page.nothingFound"));
    labels.put("tooMany", Texts.text("registry.page.tooMany"));
    labels.put("saved", Texts.text("registry.page.saved"));
    labels.put("action.create", Texts.text("registry.page.action.create"));
    labels.put("action.rename", Texts.text("registry.page.action.rename"));
    labels.put("action.move", Texts.text("registry.page.action.move"));
    labels.put("action.close", Texts.text("registry.page.action.close"));
    labels.put("action.coverage", Texts.text("registry.page.action.coverage"));
    labels.put("served", Texts.text("registry.page.served"));
    return Map.of(
        "labels",
        labels,
        "types",
        Arrays.stream(AgencyType.values()).map(t -> new Option(t.name(), t.label())).toList(),
        "provinces",
        registry.provinces().stream()
            .map((ProvinceView p) -> new Option(p.code(), p.name()))
            .toList());
  }

  List<AgencyView> agencies(String engineName, String q, String type, String province) {
    administrator(engineName);
    AgencyType kind = null;
    if (type != null && !type.isBlank()) {
      try {
        kind = AgencyType.valueOf(type.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw DomainException.invalid("type", Texts.text("agency.admin.typeRequired"));
      }
    }
    if (province != null && !province.isBlank()) {
      registry.requireProvince(province, "province");
    }
    return registry.find(q, kind, province, null, Clocks.today());
  }

  List<AgencyChangeView> changes(String engineName, String code) {
    administrator(engineName);
    return administration.changes(code);
  }

  AgencyView create(String engineName, AgencyAdministration.NewAgency request) {
    return administration.create(request, administrator(engineName));
  }

  AgencyView rename(String engineName, String code, RegistryRequests.Rename body) {
    String actor = administrator(engineName);
    return administration.rename(code, body.name(), body.shortName(), body.reason(), actor);
  }

  AgencyView move(String engineName, String code, RegistryRequests.Move body) {
    String actor = administrator(engineName);
    return administration.move(code, body.provinceCode(), body.parentCode(), body.reason(), actor);
  }

  AgencyView close(String engineName, String code, RegistryRequests.Close body) {
    String actor = administrator(engineName);
    return administration.close(code, body.validTo(), body.successorCode(), body.reason(), actor);
  }

  AgencyView customsBranch(
      String engineName, String provinceCode, RegistryRequests.CustomsBranch body) {
    String actor = administrator(engineName);
    String branch =
        administration
            .assignCustomsBranch(provinceCode, body.branchCode(), body.reason(), actor)
            .code();
    return registry.require(branch, "branchCode");
  }

  /** The signed-in administrator's id; 401 without a webapp login, 403 for anyone else. */
  private String administrator(String engineName) {
    if (!engine.getName().equals(engineName)) {
      throw DomainException.notFound(Texts.text("registry.engine.unknown", engineName));
    }
    Authentications all = Authentications.getCurrent();
    Authentication authentication =
        all == null ? null : all.getAuthenticationForProcessEngine(engineName);
    if (authentication == null || authentication.getIdentityId() == null) {
      throw new Unauthenticated(Texts.text("registry.login.required"));
    }
    String userId = authentication.getIdentityId();
    List<String> groups =
        system
            .call(() -> engine.getIdentityService().createGroupQuery().groupMember(userId).list())
            .stream()
            .map(Group::getId)
            .toList();
    if (!new PhoiHopUser(userId, groups, null).hasRole(Role.ADMIN)) {
      throw DomainException.forbidden(Texts.text("registry.adminOnly"));
    }
    return userId;
  }

  /** Not signed in to the webapps (the security filter normally answers first): 401. */
  static final class Unauthenticated extends RuntimeException {
    Unauthenticated(String message) {
      super(message);
    }
  }
}
