package vn.phoihop.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The routing table {@code bpmn/referral-routing.dmn}, evaluated by a standalone DMN engine (the
 * same FEEL engine as the process engine). Every rule must be hit by at least one case.
 */
class ReferralRoutingDecisionTests {

  private static final Set<String> matchedRules = ConcurrentHashMap.newKeySet();
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(
        java.util.List.<DmnDecisionTableEvaluationListener>of(
            event -> event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()))));
    engine = configuration.buildEngine();
    try (InputStream in =
        ReferralRoutingDecisionTests.class.getResourceAsStream("/bpmn/referral-routing.dmn")) {
      decision = engine.parseDecision(ReferralProcess.ROUTING_DECISION, in);
    }
  }

  @AfterAll
  static void everyRuleWasHit() {
    Set<String> allRules =
        ((DmnDecisionTableImpl) decision.getDecisionLogic())
            .getRules().stream().map(DmnDecisionTableRuleImpl::getId).collect(Collectors.toSet());
    assertThat(matchedRules)
        .as("rules of referral-routing hit by the tests")
        .containsExactlyInAnyOrderElementsOf(allRules);
  }

  private static DmnDecisionResult route(
      String category, boolean borderArea, boolean customsControl) {
    return engine.evaluateDecision(
        decision,
        Variables.createVariables()
            .putValue(ReferralProcess.Vars.VIOLATION_CATEGORY, category)
            .putValue(ReferralProcess.Vars.BORDER_AREA, borderArea)
            .putValue(ReferralProcess.Vars.CUSTOMS_CONTROL, customsControl));
  }

  private static String agencyType(DmnDecisionResult result) {
    return ReferralProcess.Variables.RECEIVING_AGENCY_TYPE
        .find(result.getSingleResult())
        .orElseThrow();
  }

  private static String legalBasis(DmnDecisionResult result) {
    return ReferralProcess.Variables.LEGAL_BASIS.find(result.getSingleResult()).orElseThrow();
  }

  @ParameterizedTest(name = "{0}, border area {1}, customs control {2} → {3} ({4})")
  @CsvSource({
    // category,             border, customs, agency,             article in the legal basis
    "SMUGGLED_GOODS,          false,  true,    CUSTOMS_BRANCH,     Điều 188",
    "SMUGGLED_GOODS,          true,   true,    CUSTOMS_BRANCH,     Điều 188",
    "PROHIBITED_GOODS,        true,   true,    CUSTOMS_BRANCH,     Điều 189",
    "COUNTERFEIT_GOODS,           true,   true,    CUSTOMS_BRANCH,     Điều 192",
    "INTELLECTUAL_PROPERTY,   false,  true,    CUSTOMS_BRANCH,     Điều 226",
    "UNKNOWN_ORIGIN,          true,   true,    CUSTOMS_BRANCH,     Điều 189",
    "SMUGGLED_GOODS,          true,   false,   BORDER_GUARD,       Điều 188",
    "PROHIBITED_GOODS,        true,   false,   BORDER_GUARD,       Điều 189",
    "SMUGGLED_GOODS,          false,  false,   PROVINCIAL_POLICE,  Điều 188",
    "PROHIBITED_GOODS,        false,  false,   PROVINCIAL_POLICE,  Điều 190",
    "COUNTERFEIT_GOODS,           false,  false,   PROVINCIAL_POLICE,  Điều 192",
    "COUNTERFEIT_GOODS,           true,   false,   PROVINCIAL_POLICE,  Điều 192",
    "INTELLECTUAL_PROPERTY,   true,   false,   PROVINCIAL_POLICE,  Điều 226",
    "COMMERCIAL_FRAUD,        false,  false,   PROVINCIAL_POLICE,  Điều 198",
    "FOOD_SAFETY,             true,   false,   PROVINCIAL_POLICE,  Điều 317",
    "PRICE,                   false,  false,   PROVINCIAL_POLICE,  Điều 196",
    "UNKNOWN_ORIGIN,          true,   false,   PROVINCIAL_POLICE,  Điều 163",
    "QUALITY,                 false,  false,   PROVINCIAL_POLICE,  Điều 163",
    "MEASUREMENT,             false,  false,   PROVINCIAL_POLICE,  Điều 163",
    "CONSUMER_PROTECTION,     false,  false,   PROVINCIAL_POLICE,  Điều 163",
  })
  void routesEachCaseToItsCompetentAgencyWithTheLegalBasis(
      String category,
      boolean borderArea,
      boolean customsControl,
      String agencyType,
      String article) {
    DmnDecisionResult result = route(category, borderArea, customsControl);

    assertThat(result).hasSize(1);
    assertThat(agencyType(result)).isEqualTo(agencyType);
    assertThat(legalBasis(result)).contains(article);
  }

  @Test
  @DisplayName("smuggled goods found inland, out of customs control, go to the Police, not Customs")
  void smuggledGoodsFoundInlandGoToThePolice() {
    DmnDecisionResult result = route("SMUGGLED_GOODS", false, false);

    assertThat(agencyType(result)).isEqualTo("PROVINCIAL_POLICE");
    assertThat(legalBasis(result))
        .isEqualTo(
            "Điều 188 Bộ luật Hình sự 2015 (tội buôn lậu); Cơ quan Cảnh sát điều tra Công an tỉnh có thẩm quyền điều tra"
                + " (Điều 163 Bộ luật Tố tụng hình sự 2015)");
  }

  @Test
  @DisplayName(
      "counterfeits found in a border area but not crossing it go to the Police, not the Border Guard")
  void counterfeitsFoundInABorderAreaGoToThePolice() {
    DmnDecisionResult result = route("COUNTERFEIT_GOODS", true, false);

    assertThat(agencyType(result)).isEqualTo("PROVINCIAL_POLICE");
  }

  @Test
  @DisplayName("counterfeits caught crossing the border go to Customs")
  void counterfeitsCrossingTheBorderGoToCustoms() {
    DmnDecisionResult result = route("COUNTERFEIT_GOODS", true, true);

    assertThat(agencyType(result)).isEqualTo("CUSTOMS_BRANCH");
  }
}
