package vn.phoihop.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.phoihop.referral.ReferralEnums.Action;
import vn.phoihop.referral.ReferralEnums.ApprovingBodyType;
import vn.phoihop.referral.ReferralEnums.DocumentKind;
import vn.phoihop.referral.ReferralEnums.FoundDuring;
import vn.phoihop.referral.ReferralEnums.OffenderKind;
import vn.phoihop.referral.ReferralEnums.Outcome;
import vn.phoihop.shared.DomainException;

/**
 * The referral's state machine on its own: each step's timeline entry, word for word, and the
 * refusal of a step out of order.
 */
class CaseReferralTests {

  /** Tuesday 3 March 2026, 09:00 in Vietnam. */
  static final Instant OPENED = Instant.parse("2026-03-03T02:00:00Z");

  static final Instant TRANSFER_DUE = OPENED.plus(Duration.ofDays(1));

  static CaseReferral opened() {
    return new CaseReferral(
        "CHS-2026-0001",
        new Dossier(
            "Kiểm tra kho hàng.",
            LocalDate.of(2026, 3, 1),
            "Kho số 3",
            "TNI",
            false,
            false,
            OffenderKind.PERSON,
            "Nguyễn Văn Bình",
            null,
            null,
            "COUNTERFEIT_GOODS",
            "12.000 bao thuốc lá",
            1_250_000_000L,
            "Trị giá trên 100 triệu đồng.",
            FoundDuring.CONSIDERING_PENALTY),
        "QLTT-TNI-D1",
        "QLTT-TNI",
        TRANSFER_DUE,
        "canbo.qltttnid1",
        OPENED);
  }

  static CaseReferral transferredAt(Instant at) {
    CaseReferral referral = opened();
    referral.routed("PROVINCIAL_POLICE", "Điều 192", "CA-TNI", "hệ thống", OPENED);
    referral.confirmRouting("CA-TNI", false, null, "canbo.qltttnid1", OPENED);
    referral.reviewed(true, null, "lanhdao.qltttnid1", OPENED);
    referral.decideTransfer(true, null, "lanhdao.qltttni", OPENED);
    referral.transferred("BB-CHS-2026-0001", vn.phoihop.shared.Clocks.dayOf(at), "hệ thống", at);
    return referral;
  }

  static CaseReferral awaitingDecision() {
    CaseReferral referral = transferredAt(OPENED.plus(Duration.ofHours(1)));
    referral.acknowledged(
        vn.phoihop.shared.Clocks.dayOf(OPENED.plus(Duration.ofHours(2))),
        OPENED.plus(Duration.ofDays(20)),
        null,
        "daumoi.catni",
        OPENED.plus(Duration.ofHours(2)));
    return referral;
  }

  static String lastDetail(CaseReferral referral) {
    return referral.getEvents().get(referral.getEvents().size() - 1).getDetail();
  }

  @Test
  void everyStepWritesItsTimelineEntry() {
    CaseReferral referral = opened();
    assertThat(lastDetail(referral)).isEqualTo("Hạn chuyển hồ sơ: 09:00 ngày 04/03/2026");

    referral.routed("CUSTOMS_BRANCH", "Điều 188", null, "hệ thống", OPENED);
    assertThat(lastDetail(referral))
        .isEqualTo("CUSTOMS_BRANCH (không tìm thấy đơn vị trong danh mục); Điều 188");
    referral.routed("PROVINCIAL_POLICE", "Điều 192", "CA-TNI", "hệ thống", OPENED);
    assertThat(lastDetail(referral)).isEqualTo("PROVINCIAL_POLICE → CA-TNI; Điều 192");

    referral.addDocument(
        DocumentKind.EVIDENCE, "bien-ban.pdf", "application/pdf", 10, "ab12", "u", OPENED);
    assertThat(lastDetail(referral)).isEqualTo("Tài liệu, chứng cứ: bien-ban.pdf (SHA-256 ab12)");

    CaseReferral inTime = transferredAt(OPENED.plus(Duration.ofHours(1)));
    assertThat(lastDetail(inTime))
        .isEqualTo("trong hạn chuyển 09:00 ngày 04/03/2026; biên bản BB-CHS-2026-0001; gửi CA-TNI");
    CaseReferral late = transferredAt(OPENED.plus(Duration.ofDays(2)));
    assertThat(lastDetail(late))
        .isEqualTo("quá hạn chuyển 09:00 ngày 04/03/2026; biên bản BB-CHS-2026-0001; gửi CA-TNI");

    CaseReferral deciding = awaitingDecision();
    assertThat(lastDetail(deciding))
        .isEqualTo("Tiếp nhận ngày 03/03/2026; hạn giải quyết: 09:00 ngày 23/03/2026");
    deciding.extend(
        2,
        "Cần giám định.",
        ApprovingBodyType.INVESTIGATION_BODY,
        "Thủ trưởng CQCSĐT",
        null,
        OPENED.plus(Duration.ofDays(81)),
        "daumoi.catni",
        OPENED.plus(Duration.ofDays(10)));
    assertThat(lastDetail(deciding))
        .isEqualTo(
            "Lần 1, 2 tháng, Thủ trưởng Cơ quan điều tra / cơ quan tiếp nhận: Thủ trưởng CQCSĐT;"
                + " hạn mới 09:00 ngày 23/05/2026");
    deciding.extend(
        2,
        "Cần xác minh.",
        ApprovingBodyType.PROCURACY,
        "Viện kiểm sát",
        "01/QĐ-GH",
        OPENED.plus(Duration.ofDays(142)),
        "daumoi.catni",
        OPENED.plus(Duration.ofDays(70)));
    assertThat(lastDetail(deciding))
        .isEqualTo(
            "Lần 2, 2 tháng, Viện kiểm sát: Viện kiểm sát (01/QĐ-GH); hạn mới 09:00 ngày 23/07/2026");

    deciding.decided(
        Outcome.NOT_PROSECUTED,
        "12/QĐ-KKT",
        vn.phoihop.shared.Clocks.dayOf(OPENED.plus(Duration.ofDays(150))),
        null,
        "daumoi.catni",
        OPENED.plus(Duration.ofDays(150)));
    assertThat(lastDetail(deciding))
        .isEqualTo("Quyết định số 12/QĐ-KKT ngày 31/07/2026; quá hạn 09:00 ngày 23/07/2026");
    deciding.returnDueAt(OPENED.plus(Duration.ofDays(153)));
    deciding.returned(
        vn.phoihop.shared.Clocks.dayOf(OPENED.plus(Duration.ofDays(152))),
        "Toàn bộ hồ sơ.",
        "daumoi.catni",
        OPENED.plus(Duration.ofDays(152)));
    assertThat(lastDetail(deciding)).isEqualTo("trong hạn trả 09:00 ngày 03/08/2026");
    deciding.returnReceived(
        LocalDate.of(2026, 8, 3),
        false,
        false,
        "Thiếu 2 bao tang vật.",
        OPENED.plus(Duration.ofDays(183)),
        "canbo.qltttnid1",
        OPENED.plus(Duration.ofDays(154)));
    assertThat(lastDetail(deciding)).isEqualTo("Chưa nhận đủ; hạn xử phạt: 09:00 ngày 02/09/2026");
    assertThat(deciding.getEvents().get(deciding.getEvents().size() - 1).recordedLateDays())
        .isEqualTo(1);
    deciding.sanctioned(
        "15/QĐ-XPHC",
        LocalDate.of(2026, 8, 5),
        null,
        "canbo.qltttnid1",
        OPENED.plus(Duration.ofDays(155)));
    assertThat(lastDetail(deciding)).isEqualTo("Quyết định xử phạt số 15/QĐ-XPHC ngày 05/08/2026");
    assertThat(deciding.getStatus()).isEqualTo(ReferralStatus.SANCTIONED);

    CaseReferral decidedInTime = awaitingDecision();
    decidedInTime.decided(
        Outcome.PROSECUTED,
        "07/QĐ-CSKT",
        vn.phoihop.shared.Clocks.dayOf(OPENED.plus(Duration.ofDays(5))),
        null,
        "daumoi.catni",
        OPENED.plus(Duration.ofDays(5)));
    assertThat(lastDetail(decidedInTime))
        .isEqualTo("Quyết định số 07/QĐ-CSKT ngày 08/03/2026; trong hạn 09:00 ngày 23/03/2026");
    assertThat(decidedInTime.getEvents().get(decidedInTime.getEvents().size() - 1).getAction())
        .isEqualTo(Action.PROSECUTED);
  }

  @Test
  void aDossierReturnedLateOrWithoutAClockSaysSo() {
    CaseReferral late = awaitingDecision();
    late.decided(
        Outcome.NOT_PROSECUTED,
        "1/QĐ",
        vn.phoihop.shared.Clocks.dayOf(OPENED.plus(Duration.ofDays(5))),
        null,
        "p",
        OPENED.plus(Duration.ofDays(5)));
    late.returnDueAt(OPENED.plus(Duration.ofDays(8)));
    late.returned(
        vn.phoihop.shared.Clocks.dayOf(OPENED.plus(Duration.ofDays(9))),
        "Hồ sơ.",
        "p",
        OPENED.plus(Duration.ofDays(9)));
    assertThat(lastDetail(late)).isEqualTo("quá hạn trả 09:00 ngày 11/03/2026");

    CaseReferral noClock = awaitingDecision();
    noClock.decided(
        Outcome.NOT_PROSECUTED,
        "1/QĐ",
        vn.phoihop.shared.Clocks.dayOf(OPENED.plus(Duration.ofDays(5))),
        null,
        "p",
        OPENED.plus(Duration.ofDays(5)));
    noClock.returned(
        vn.phoihop.shared.Clocks.dayOf(OPENED.plus(Duration.ofDays(9))),
        "Hồ sơ.",
        "p",
        OPENED.plus(Duration.ofDays(9)));
    assertThat(lastDetail(noClock)).isNull();
  }

  @Test
  void aStepOutOfOrderIsRefusedNamingBothStates() {
    CaseReferral referral = opened();
    assertThatThrownBy(() -> referral.reviewed(true, null, "u", OPENED))
        .isInstanceOf(DomainException.class)
        .hasMessage(
            "Hồ sơ CHS-2026-0001 đang ở trạng thái \"Đang lập hồ sơ\", không phải \"Chờ lãnh đạo"
                + " Đội duyệt\".");

    referral.withdraw("Không còn dấu hiệu tội phạm.", "u", OPENED);
    assertThatThrownBy(() -> referral.withdraw("Lần nữa", "u", OPENED))
        .hasMessage(
            "Hồ sơ CHS-2026-0001 đã chuyển hoặc đã đóng (Đã rút hồ sơ): không thể thay đổi hay rút"
                + " hồ sơ.");
    assertThatThrownBy(
            () ->
                referral.addDocument(
                    DocumentKind.EVIDENCE, "x.pdf", "application/pdf", 1, "ab", "u", OPENED))
        .hasMessage("Hồ sơ CHS-2026-0001 đã đóng (Đã rút hồ sơ): không thể thêm tài liệu.");
  }
}
