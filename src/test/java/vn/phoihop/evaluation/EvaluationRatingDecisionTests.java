package vn.phoihop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.phoihop.evaluation.EvaluationProcess.Vars;
import vn.phoihop.evaluation.RatingFacts.PartyOutcome;

/**
 * The rating table {@code bpmn/evaluation-rating.dmn}, evaluated by a standalone DMN engine (the
 * same FEEL engine as the process engine) on facts summarised by {@link RatingFacts} from party
 * reports. The figures are those of the example in docs/domain.md#kpis (Long An QLTT, year 2020);
 * every rule must be hit at least once.
 */
class EvaluationRatingDecisionTests {

  private static final Set<String> matchedRules = ConcurrentHashMap.newKeySet();
  private static volatile List<String> lastMatched = List.of();
  private static DmnEngine engine;
  private static DmnDecision decision;

  /**
   * Long An QLTT, 2020: 1,220 inspections, 757 violations handled, 4.6 billion VND to the budget,
   * goods worth about 5 billion VND confiscated, 4 cases transferred to the police, 1,168 joint
   * inspections. Not in the source, hence assumed: one penalty decision per violation, the amount
   * handled = budget + confiscated goods, the 4 referrals received in time and decided within the
   * statutory clock, no prosecution known yet, 24 information items sent to the police, 4 quarterly
   * briefings.
   */
  static final Kpis LONG_AN_QLTT = longAn(4);

  /** The same year with {@code decidedInTime} of the 4 decisions due taken within the clock. */
  static Kpis longAn(long decidedInTime) {
    return new Kpis(
        1_220L,
        757L,
        757L,
        9_600_000_000L,
        4_600_000_000L,
        5_000_000_000L,
        4L,
        0L,
        24L,
        1_168L,
        4L,
        decidedInTime,
        4L,
        4L,
        0L,
        0L);
  }

  /**
   * The provincial police as the other party: it took part in the joint inspections. It transfers
   * no case, and referrals count on the transferring side only, so its referral figures are 0.
   */
  static Kpis police(long informationExchanged, long jointInspections) {
    return new Kpis(
        0L,
        0L,
        0L,
        0L,
        0L,
        0L,
        0L,
        0L,
        informationExchanged,
        jointInspections,
        4L,
        0L,
        0L,
        0L,
        0L,
        0L);
  }

  @BeforeAll
  static void parseDecision() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(
        List.<DmnDecisionTableEvaluationListener>of(
            event -> {
              lastMatched = event.getMatchingRules().stream().map(rule -> rule.getId()).toList();
              matchedRules.addAll(lastMatched);
            }));
    engine = configuration.buildEngine();
    try (InputStream in =
        EvaluationRatingDecisionTests.class.getResourceAsStream("/bpmn/evaluation-rating.dmn")) {
      decision = engine.parseDecision(EvaluationProcess.DECISION_RATING, in);
    }
  }

  @AfterAll
  static void everyRuleWasHit() {
    Set<String> allRules =
        ((DmnDecisionTableImpl) decision.getDecisionLogic())
            .getRules().stream().map(DmnDecisionTableRuleImpl::getId).collect(Collectors.toSet());
    assertThat(allRules).hasSize(6);
    assertThat(matchedRules)
        .as("rules of evaluation-rating hit by the tests")
        .containsExactlyInAnyOrderElementsOf(allRules);
  }

  @Test
  void longAnYearWithBothPartiesOnTimeAndEveryReferralAnsweredIsGood() {
    RatingFacts facts = summarize(onTime(LONG_AN_QLTT), onTime(police(31, 1_168)));
    assertThat(facts).isEqualTo(new RatingFacts(100, 0, 55, 1_168, 100));
    assertRating(facts, Rating.GOOD, "Rule_AllOnTimeAndActive");
  }

  @Test
  void policeReportingLateMakesTheSameYearFair() {
    RatingFacts facts = summarize(onTime(LONG_AN_QLTT), late(police(31, 1_168)));
    assertThat(facts.onTimeReportPercent()).isEqualTo(50);
    assertRating(facts, Rating.FAIR, "Rule_MostlyOnTime");
  }

  @Test
  void onlyOneOfTheFourReferralsAnsweredInTimeCapsTheRatingAtPass() {
    RatingFacts facts = summarize(onTime(longAn(1)), onTime(police(31, 1_168)));
    assertThat(facts.referralsAnsweredInTimePercent()).isEqualTo(25);
    assertRating(facts, Rating.PASS, "Rule_ReferralsMostlyLate");
  }

  @Test
  void threeOfFourReferralsInTimeAndOnlyOneOfThreePartiesOnTimeIsPass() {
    // With customs as a third party: two of three late, 3 of 4 referrals (75 %) answered in time.
    Kpis customs =
        new Kpis(
            35L,
            12L,
            12L,
            800_000_000L,
            300_000_000L,
            500_000_000L,
            0L,
            0L,
            6L,
            40L,
            4L,
            0L,
            0L,
            0L,
            0L,
            0L);
    RatingFacts facts = summarize(onTime(longAn(3)), late(police(31, 1_168)), late(customs));
    assertThat(facts).isEqualTo(new RatingFacts(33, 0, 61, 1_168, 75));
    assertRating(facts, Rating.PASS, "Rule_Otherwise");
  }

  @Test
  void aPartyThatNeverReportedFailsThePeriodWhateverTheFigures() {
    RatingFacts facts = summarize(onTime(LONG_AN_QLTT), missing());
    assertThat(facts.missingReports()).isEqualTo(1);
    assertThat(facts.onTimeReportPercent()).isEqualTo(50);
    assertRating(facts, Rating.FAIL, "Rule_ReportMissing");
  }

  @Test
  void aQuarterWithoutAnyInformationExchangeOrJointInspectionFails() {
    // The QLTT body still inspected on its own (a quarter of the 2020 figures), but nothing
    // jointly; its one referral was decided in time.
    Kpis alone =
        new Kpis(
            305L,
            189L,
            189L,
            2_400_000_000L,
            1_150_000_000L,
            1_250_000_000L,
            1L,
            0L,
            0L,
            0L,
            1L,
            1L,
            1L,
            1L,
            0L,
            0L);
    RatingFacts facts = summarize(onTime(alone), onTime(police(0, 0)));
    assertThat(facts).isEqualTo(new RatingFacts(100, 0, 0, 0, 100));
    assertRating(facts, Rating.FAIL, "Rule_NoJointWork");
  }

  @Test
  void aPeriodWithoutReferralsLeavesTheShareBlankAndIsRatedWithoutIt() {
    Kpis noTransfer = kpis(0, 0, 0);
    RatingFacts facts = summarize(onTime(noTransfer), onTime(police(2, 12)));
    assertThat(facts.referralsAnsweredInTimePercent()).as("blank, not 100").isNull();
    assertRating(facts, Rating.GOOD, "Rule_AllOnTimeAndActive");
  }

  @Test
  void casesTransferredWhoseClockHasNotEndedLeaveTheShareBlankToo() {
    // Two cases handed over late in the quarter: their decisions are not due before its end.
    RatingFacts facts = summarize(onTime(kpis(2, 0, 0)), late(police(2, 12)));
    assertThat(facts.referralsAnsweredInTimePercent()).isNull();
    assertThat(facts.onTimeReportPercent()).isEqualTo(50);
    assertRating(facts, Rating.FAIR, "Rule_MostlyOnTime");
  }

  @Test
  void withoutDecisionsDueAndMostPartiesLateThePeriodIsRatedOnTheOtherFacts() {
    RatingFacts facts = summarize(onTime(kpis(0, 0, 0)), late(police(2, 12)), late(police(1, 3)));
    assertThat(facts.referralsAnsweredInTimePercent()).isNull();
    assertThat(facts.onTimeReportPercent()).isEqualTo(33);
    // a blank share is not "under 50 %": the referral rule stays out of it
    assertRating(facts, Rating.PASS, "Rule_Otherwise");
  }

  @Test
  void decisionsDueAreSummedOverThePartiesAndTheShareRoundedDown() {
    // The Chi cục: 2 of 3 decisions due in time; its team: 0 of 1 (and one not yet due).
    RatingFacts facts = summarize(onTime(kpis(3, 3, 2)), onTime(kpis(2, 1, 0)));
    assertThat(facts.referralsAnsweredInTimePercent()).isEqualTo(50);
  }

  @Test
  void aReportFiledWithoutTheDecisionsDueMeasuresAgainstTheCasesTransferred() {
    // Filed on a report form from before the pre-fill: no count of decisions due.
    Kpis older =
        new Kpis(300L, 150L, 150L, 0L, 0L, 0L, 4L, 0L, 5L, 12L, 1L, 1L, null, null, null, null);
    RatingFacts facts = summarize(onTime(older), onTime(police(2, 12)));
    assertThat(facts.referralsAnsweredInTimePercent()).isEqualTo(25);
    assertRating(facts, Rating.PASS, "Rule_ReferralsMostlyLate");
  }

  /** A QLTT quarter with some joint work and these referral figures. */
  private static Kpis kpis(long transferred, long decisionsDue, long decidedInTime) {
    return new Kpis(
        300L,
        150L,
        150L,
        0L,
        0L,
        0L,
        transferred,
        0L,
        5L,
        12L,
        1L,
        decidedInTime,
        transferred,
        decisionsDue,
        0L,
        0L);
  }

  // ------------------------------------------------------------------ helpers

  private static PartyOutcome onTime(Kpis kpis) {
    return new PartyOutcome(true, false, kpis);
  }

  private static PartyOutcome late(Kpis kpis) {
    return new PartyOutcome(true, true, kpis);
  }

  private static PartyOutcome missing() {
    return new PartyOutcome(false, false, null);
  }

  private static RatingFacts summarize(PartyOutcome... outcomes) {
    return RatingFacts.summarize(List.of(outcomes));
  }

  private static void assertRating(RatingFacts facts, Rating expected, String expectedRule) {
    DmnDecisionTableResult result =
        engine.evaluateDecisionTable(
            decision,
            Variables.createVariables()
                .putValue(Vars.ON_TIME_REPORT_PERCENT, facts.onTimeReportPercent())
                .putValue(Vars.MISSING_REPORTS, facts.missingReports())
                .putValue(Vars.INFORMATION_EXCHANGED_TOTAL, facts.informationExchanged())
                .putValue(Vars.JOINT_INSPECTIONS_HELD, facts.jointInspections())
                // as SummarizeReportsDelegate sets it: a typed integer, null when nothing was due
                .putValueTyped(
                    Vars.REFERRALS_ANSWERED_IN_TIME_PERCENT,
                    Variables.integerValue(facts.referralsAnsweredInTimePercent())));
    assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(expected.name());
    assertThat(lastMatched).as("the rule that decided").containsExactly(expectedRule);
  }
}
