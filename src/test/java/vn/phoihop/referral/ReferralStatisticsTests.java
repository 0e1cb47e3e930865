package vn.phoihop.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import vn.phoihop.identity.PhoiHopUser;

/**
 * What {@link ReferralStatistics} counts, on referrals stored at precise legal dates in the real
 * database: quarter III of 2031 (15 June – 14 September; a year no other test uses, since on
 * PostgreSQL every test class shares one database) of the Quảng Ngãi Chi cục and its border team,
 * with referrals just before and after the window, one of another province, one extended once and
 * decided within the extended clock, one decided late, one overdue and undecided, one not yet due,
 * one refused and handed over again after the window, one forwarded to another body.
 */
@SpringBootTest
@Import(ProcessEngineCoverageConfiguration.class) // the context ReferralClockTests and others share
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralStatisticsTests {

  static final String CHI_CUC = "QLTT-QNG";
  static final String TEAM = "QLTT-QNG-D2";
  static final String OTHER_TEAM = "QLTT-QNG-D9";
  static final LocalDate FROM = LocalDate.of(2031, 6, 15);
  static final LocalDate TO = LocalDate.of(2031, 9, 14);

  @Autowired ReferralStatistics statistics;
  @Autowired EntityManager entityManager;
  @Autowired PlatformTransactionManager transactionManager;

  @BeforeAll
  void referralsOfTheQuarter() {
    ReferralFixtures fixtures = new ReferralFixtures(entityManager, transactionManager);
    // On the window's first day: received in time, prosecuted in time, since concluded.
    fixtures
        .openedBy(TEAM, CHI_CUC)
        .handedOver(day(6, 15))
        .received(day(6, 16), day(7, 6))
        .prosecuted(day(7, 5))
        .concluded(day(8, 30))
        .save();
    // Received a day late; extended once by two months (20 July → 21 September) and decided
    // within the extended clock, on 10 September; the dossier came back on the 12th.
    fixtures
        .openedBy(TEAM, CHI_CUC)
        .handedOver(day(7, 1))
        .received(day(7, 3), day(7, 21))
        .extended(2, day(7, 10), day(9, 21))
        .notProsecuted(day(9, 10))
        .returned(day(9, 12))
        .save();
    // Decided after its clock ended (30 July), returned, then sanctioned by QLTT.
    fixtures
        .openedBy(TEAM, CHI_CUC)
        .handedOver(day(7, 10))
        .received(day(7, 10), day(7, 30))
        .notProsecuted(day(8, 5))
        .returned(day(8, 7))
        .sanctioned(day(8, 8), day(8, 20))
        .save();
    // Its clock ended on 10 August without a decision: due, and late.
    fixtures.openedBy(TEAM, CHI_CUC).handedOver(day(7, 20)).received(day(7, 21), day(8, 10)).save();
    // Clock ends 15 September, after the window; decided (in time) only after the window: not due.
    fixtures
        .openedBy(TEAM, CHI_CUC)
        .handedOver(day(8, 25))
        .received(day(8, 26), day(9, 15))
        .notProsecuted(day(9, 20))
        .save();
    // Clock ends 22 September, undecided: not due yet.
    fixtures.openedBy(TEAM, CHI_CUC).handedOver(day(9, 1)).received(day(9, 2), day(9, 22)).save();
    // On the window's last day, no receipt yet.
    fixtures.openedBy(TEAM, CHI_CUC).handedOver(day(9, 14)).save();
    // Refused, then handed over again after the window: counted by its first handover.
    fixtures
        .openedBy(TEAM, CHI_CUC)
        .handedOver(day(9, 10))
        .refusedAndHandedOverAgain(day(9, 20))
        .save();
    // Forwarded by the police to customs after the window; customs has not recorded its receipt.
    fixtures
        .openedBy(TEAM, CHI_CUC)
        .handedOver(day(8, 1))
        .received(day(8, 2), day(8, 21))
        .forwarded(day(9, 20))
        .save();
    // Another team of the same Chi cục.
    fixtures.openedBy(OTHER_TEAM, CHI_CUC).handedOver(day(8, 15)).save();

    // Outside the window: the day before and the day after it, and a case first handed over
    // before it that was handed over again within it.
    fixtures
        .openedBy(TEAM, CHI_CUC)
        .handedOver(day(6, 14))
        .received(day(6, 15), day(7, 5))
        .prosecuted(day(7, 1))
        .save();
    fixtures.openedBy(TEAM, CHI_CUC).handedOver(day(9, 15)).save();
    fixtures
        .openedBy(TEAM, CHI_CUC)
        .handedOver(day(6, 10))
        .refusedAndHandedOverAgain(day(6, 20))
        .save();
    // Another province's Chi cục, in the window: received late, overdue.
    fixtures
        .openedBy("QLTT-DTP", "QLTT-DTP")
        .handedOver(day(7, 1))
        .received(day(7, 5), day(7, 25))
        .save();
  }

  @Test
  void theChiCucCountsEveryTeamsReferralsOfTheWindowOnce() {
    ReferralFigures figures = statistics.figures(CHI_CUC, FROM, TO);

    assertThat(figures).isEqualTo(new ReferralFigures(10, 5, 4, 2, 1, 2, 1));
    assertThat(figures.transferred()).as("handed over 15 June – 14 September").isEqualTo(10);
    assertThat(figures.acknowledgedInTime())
        .as("received by the day after the handover; not the late one, the unreceived ones")
        .isEqualTo(5);
    assertThat(figures.decisionsDue())
        .as("decided by 14 September, or clock ended by then")
        .isEqualTo(4);
    assertThat(figures.decidedInTime())
        .as("the one decided within its clock and the one within its extended clock")
        .isEqualTo(2);
    assertThat(figures.prosecuted()).as("prosecuted, since concluded").isEqualTo(1);
    assertThat(figures.returned()).isEqualTo(2);
    assertThat(figures.sanctioned()).isEqualTo(1);
    assertThat(figures.acknowledgedInTimePercent()).isEqualTo(50);
    assertThat(figures.decidedInTimePercent()).isEqualTo(50);
  }

  @Test
  void theRollUpCountsEachReferralOnceForItsTeamAndOnlyWhatTheCallerReads() {
    PhoiHopUser manager =
        new PhoiHopUser(
            "quanly.qlttqng", List.of("QLTT-QNG", "manager", "QLTT-QNG.manager"), CHI_CUC);
    assertThat(statistics.byOpeningAgency(manager, FROM, TO))
        .as("the province's two teams; not Đồng Tháp's case")
        .containsOnly(
            Map.entry(TEAM, new ReferralFigures(9, 5, 4, 2, 1, 2, 1)),
            Map.entry(OTHER_TEAM, new ReferralFigures(1, 0, 0, 0, 0, 0, 0)));
    PhoiHopUser dongThap =
        new PhoiHopUser(
            "canbo.qlttdtp", List.of("QLTT-DTP", "staff", "QLTT-DTP.staff"), "QLTT-DTP");
    assertThat(statistics.byOpeningAgency(dongThap, FROM, TO))
        .containsOnly(Map.entry("QLTT-DTP", new ReferralFigures(1, 0, 1, 0, 0, 0, 0)));
  }

  @Test
  void aTeamCountsItsOwnReferralsOnly() {
    assertThat(statistics.figures(TEAM, FROM, TO))
        .isEqualTo(new ReferralFigures(9, 5, 4, 2, 1, 2, 1));
    assertThat(statistics.figures(OTHER_TEAM, FROM, TO))
        .isEqualTo(new ReferralFigures(1, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void theReceivingSideAndOtherProvincesCountNothingOfIt() {
    assertThat(statistics.figures("CA-TEST", FROM, TO)).isEqualTo(ReferralFigures.NONE);
    ReferralFigures dongThap = statistics.figures("QLTT-DTP", FROM, TO);
    // received three days late, its clock ended on 25 July without a decision
    assertThat(dongThap).isEqualTo(new ReferralFigures(1, 0, 1, 0, 0, 0, 0));
    assertThat(dongThap.acknowledgedInTimePercent()).isZero();
    assertThat(dongThap.decidedInTimePercent()).isZero();
  }

  @Test
  void theWindowsEitherSideHoldTheReferralsJustOutsideIt() {
    // Quarter II (15 March – 14 June): the one handed over on 14 June and the one first handed
    // over on 10 June, whatever happened after. On 14 June no decision was due yet (the first was
    // prosecuted on 1 July, within a clock ending on 5 July); where they stand now is counted.
    ReferralFigures before = statistics.figures(CHI_CUC, day(3, 15), day(6, 14));
    assertThat(before).isEqualTo(new ReferralFigures(2, 1, 0, 0, 1, 0, 0));
    assertThat(before.decidedInTimePercent()).isNull();
    assertThat(statistics.figures(CHI_CUC, day(9, 15), day(12, 14)))
        .as("quarter IV: the one handed over on 15 September, not those handed over again then")
        .isEqualTo(new ReferralFigures(1, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void aWindowWithoutReferralsHasBlankSharesNotHundreds() {
    ReferralFigures none = statistics.figures(CHI_CUC, LocalDate.of(2030, 12, 15), day(3, 14));
    assertThat(none).isEqualTo(ReferralFigures.NONE);
    assertThat(none.acknowledgedInTimePercent()).isNull();
    assertThat(none.decidedInTimePercent()).isNull();
  }

  @Test
  void sharesAreRoundedDownAndAWindowMustNotEndBeforeItStarts() {
    assertThat(new ReferralFigures(3, 2, 3, 1, 0, 0, 0).acknowledgedInTimePercent()).isEqualTo(66);
    assertThat(new ReferralFigures(3, 2, 3, 1, 0, 0, 0).decidedInTimePercent()).isEqualTo(33);
    assertThatThrownBy(() -> statistics.figures(CHI_CUC, TO, FROM))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2031, month, dayOfMonth);
  }
}
