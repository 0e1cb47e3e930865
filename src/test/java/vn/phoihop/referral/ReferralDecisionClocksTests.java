package vn.phoihop.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.referral.ReferralTestSupport.POLICE;
import static vn.phoihop.referral.ReferralTestSupport.clockAt;
import static vn.phoihop.referral.ReferralTestSupport.dossier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.phoihop.referral.ReferralTestSupport.Actor;

/**
 * The decision clocks the managers' dashboard shows: a referral handed over to the police is on the
 * police's clock from the receipt to the clock's last day, is overdue the day after while
 * undecided, and once decided counts its days and whether they were in time; a manager of another
 * province does not see it.
 */
@SpringBootTest
@Import(ProcessEngineCoverageConfiguration.class) // the context ReferralClockTests and others share
class ReferralDecisionClocksTests {

  private static final Actor MANAGER = new Actor("quanly.qltttni", "QLTT-TNI", "manager");
  private static final Actor OTHER_MANAGER = new Actor("quanly.qlttgla", "QLTT-GLA", "manager");

  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired ReferralDecisionClocks clocks;

  ReferralTestSupport flow;

  @BeforeEach
  void setUp() {
    flow = ReferralTestSupport.of(context);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aReferralIsOnThePolicesClockFromItsReceiptUntilTheDecision() {
    clockAt("2026-12-02T08:30");
    ProcessInstance instance =
        flow.transferred(dossier("COUNTERFEIT_GOODS", false, false, "CONSIDERING_PENALTY"));
    String code = instance.getBusinessKey();
    flow.acknowledgeToday(instance, POLICE);

    ReferralDecisionClocks.Clock clock = clockOf(clocks.readable(MANAGER.user()), code);
    assertThat(clock.receivingAgencyCode()).isEqualTo("CA-TNI");
    assertThat(clock.receivingAgencyName()).isEqualTo("Công an tỉnh Tây Ninh");
    assertThat(clock.openingAgencyCode()).isEqualTo("QLTT-TNI-D1");
    assertThat(clock.handedOverOn()).isEqualTo(LocalDate.parse("2026-12-02"));
    assertThat(clock.clockStartedOn()).isEqualTo(LocalDate.parse("2026-12-02"));
    LocalDate due = clock.decisionDueOn();
    assertThat(due).isAfter(LocalDate.parse("2026-12-02"));
    assertThat(clock.clockDays())
        .isEqualTo(ChronoUnit.DAYS.between(LocalDate.parse("2026-12-02"), due));
    assertThat(clock.daysTaken()).isZero();
    assertThat(clock.decidedOn()).isNull();
    assertThat(clock.inTime()).isNull();
    assertThat(clock.overdue()).isFalse();
    assertThat(clocks.readable(POLICE.user())).extracting(c -> c.code()).contains(code);
    assertThat(clocks.readable(OTHER_MANAGER.user()))
        .extracting(c -> c.code())
        .doesNotContain(code);

    // The day after the clock's last day, still undecided: overdue.
    clockAt(due.plusDays(1) + "T09:00");
    clock = clockOf(clocks.readable(MANAGER.user()), code);
    assertThat(clock.overdue()).isTrue();
    assertThat(clock.daysTaken()).isEqualTo(clock.clockDays() + 1);

    // Decided that day: late, no longer overdue, its days counted to the decision.
    flow.decide(instance, POLICE, "PROSECUTED", "07/QĐ-CSKT", due.plusDays(1).toString());
    clockAt(due.plusDays(5) + "T09:00");
    clock = clockOf(clocks.readable(MANAGER.user()), code);
    assertThat(clock.decidedOn()).isEqualTo(due.plusDays(1));
    assertThat(clock.inTime()).isFalse();
    assertThat(clock.overdue()).isFalse();
    assertThat(clock.daysTaken()).isEqualTo(clock.clockDays() + 1);
  }

  private static ReferralDecisionClocks.Clock clockOf(
      List<ReferralDecisionClocks.Clock> all, String code) {
    return all.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }
}
