package vn.phoihop.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.referral.ReferralProcess.Elements.*;
import static vn.phoihop.referral.ReferralProcess.Vars.*;
import static vn.phoihop.referral.ReferralTestSupport.*;

import java.time.ZonedDateTime;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The referral's legal clocks on real dates, with the seeded holiday table (Tết 2026: 16-20
 * February off, plus the weekends around it). Calendar-day clocks are not lengthened by Tết; they
 * only move when they end on a day off. Working-day clocks skip weekends and holidays.
 */
@SpringBootTest
@Import(ProcessEngineCoverageConfiguration.class) // the context ReferralClockTests and others share
class ReferralClockTests {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ReferralOpening opening;
  @Autowired ReferralDocuments documents;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseReferralRepository referrals;
  @Autowired PlatformTransactionManager transactionManager;

  ReferralTestSupport flow;

  @BeforeEach
  void setUp() {
    flow =
        new ReferralTestSupport(
            opening,
            documents,
            runtimeService,
            taskService,
            formService,
            managementService,
            identityService,
            jdbc,
            referrals,
            transactionManager);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  private ProcessInstance receivedOn(String openedAt, String receivedAt) {
    clockAt(openedAt);
    ProcessInstance instance =
        flow.transferred(dossier("COUNTERFEIT_GOODS", false, false, "CONSIDERING_PENALTY"));
    clockAt(receivedAt);
    flow.acknowledge(instance, POLICE, receivedAt.substring(0, 10));
    return instance;
  }

  @Test
  void twentyDayClockOfAReferralReceivedOn10February2026EndsOn2MarchAcrossTet() {
    ProcessInstance instance = receivedOn("2026-02-09T09:00", "2026-02-10T10:00");

    ZonedDateTime due = local(flow.referral(instance).getDecisionDueAt());
    // 10 Feb + 20 calendar days = Monday 2 March 2026, a working day: Tết (16-20 Feb) does not
    // lengthen it.
    assertThat(due.toLocalDateTime()).isEqualTo("2026-03-02T23:59:59");
    assertThat(
            local(
                ReferralProcess.Variables.DECISION_DUE_AT
                    .find(runtimeService.getVariables(instance.getId()))
                    .orElseThrow()))
        .isEqualTo(due);
    assertThat(local(flow.task(instance, RECORD_DECISION).getDueDate())).isEqualTo(due);
    // reminder 3 working days before (Wed 25 Feb), escalation 1 working day after (Tue 3 Mar), both
    // 08:00
    assertThat(flow.timers(instance))
        .extracting(j -> local(j.getDuedate()).toLocalDateTime().toString())
        .containsExactly("2026-02-25T08:00", "2026-03-03T08:00");
  }

  @Test
  void twentyDayClockEndingInTetEndsAtMidnightOfItsLastDayAnyway() {
    ProcessInstance instance = receivedOn("2026-01-26T09:00", "2026-01-27T10:00");

    // 27 Jan + 20 days = Monday 16 Feb 2026, in Tết: a limit in days of criminal procedure ends at
    // 24:00 of its last day, holiday or not; only the escalation waits for the first working day
    // after Tết (Mon 23 Feb).
    assertThat(local(flow.referral(instance).getDecisionDueAt()).toLocalDateTime())
        .isEqualTo("2026-02-16T23:59:59");
    assertThat(flow.timers(instance))
        .extracting(j -> local(j.getDuedate()).toLocalDateTime().toString())
        .containsExactly("2026-02-11T08:00", "2026-02-23T08:00");
  }

  @Test
  void extensionOfTwoMonthsEndingOnAHolidayWeekendMovesToTheNextWorkingDay() {
    ProcessInstance instance = receivedOn("2026-02-09T09:00", "2026-02-10T10:00");
    clockAt("2026-02-24T09:00");

    flow.submit(
        instance,
        RECORD_DECISION,
        POLICE,
        java.util.Map.of(
            DECISION_OUTCOME,
            EXTENDED,
            "extensionMonths",
            2,
            "extensionReason",
            "Cần giám định hàng hóa.",
            "approvingBodyType",
            "INVESTIGATION_BODY",
            "approvingBody",
            "Thủ trưởng Cơ quan CSĐT Công an tỉnh Tây Ninh"));

    // 2 Mar + 2 months = Saturday 2 May 2026 → Monday 4 May (1 May is a holiday, 2-3 May a weekend)
    assertThat(local(flow.referral(instance).getDecisionDueAt()).toLocalDateTime())
        .isEqualTo("2026-05-04T23:59:59");
    assertThat(local(flow.task(instance, RECORD_DECISION).getDueDate()).toLocalDate())
        .isEqualTo("2026-05-04");
  }

  @Test
  void returnOfADossierDecidedOnAThursdayIsDueTheNextTuesday() {
    ProcessInstance instance = receivedOn("2026-03-02T09:00", "2026-03-03T10:00");
    clockAt("2026-03-05T15:00"); // Thursday
    flow.decide(instance, POLICE, "NOT_PROSECUTED", "09/QĐ-KKT", "2026-03-05");

    // 3 working days after Thu 5 Mar: Fri 6, (weekend), Mon 9, Tue 10 March 2026
    assertThat(local(flow.task(instance, RETURN_DOSSIER).getDueDate()).toLocalDateTime())
        .isEqualTo("2026-03-10T23:59:59");
    assertThat(local(flow.referral(instance).getReturnDueAt()).toLocalDate())
        .isEqualTo("2026-03-10");
    assertThat(flow.timers(instance))
        .extracting(j -> local(j.getDuedate()).toLocalDateTime().toString())
        .containsExactly("2026-03-09T08:00", "2026-03-11T08:00");
  }

  @Test
  void transferClockIsOneWorkingDayWhenConsideringAndThreeWhenEnforcingAPenalty() {
    clockAt("2026-03-06T10:00"); // Friday
    ProcessInstance considering =
        flow.open(dossier("COUNTERFEIT_GOODS", false, false, "CONSIDERING_PENALTY"));
    ProcessInstance enforcing =
        flow.open(dossier("COUNTERFEIT_GOODS", false, false, "ENFORCING_PENALTY"));

    assertThat(local(flow.referral(considering).getTransferDueAt()).toLocalDate())
        .isEqualTo("2026-03-09");
    assertThat(local(flow.referral(enforcing).getTransferDueAt()).toLocalDate())
        .isEqualTo("2026-03-11");
    assertThat(local(flow.task(enforcing, PREPARE_DOSSIER).getDueDate()).toLocalDate())
        .isEqualTo("2026-03-11");
  }
}
