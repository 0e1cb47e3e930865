package vn.phoihop.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.phoihop.referral.ReferralEnums.ApprovingBodyType;
import vn.phoihop.referral.ReferralEnums.DocumentKind;
import vn.phoihop.referral.ReferralEnums.FoundDuring;
import vn.phoihop.referral.ReferralEnums.OffenderKind;
import vn.phoihop.referral.ReferralEnums.Outcome;

/**
 * The texts forms and the handover record show, word for word and line break for line break (the
 * summary is Markdown: a line ending in two spaces is a line break). The templates under {@code
 * templates/referral/} write them; names come from the seeded registry.
 */
@SpringBootTest
@Import(ProcessEngineCoverageConfiguration.class) // the context ReferralClockTests and others share
class ReferralDescriptionsTests {

  /** Tuesday 3 March 2026, 09:00 in Vietnam. */
  static final Instant T0 = Instant.parse("2026-03-03T02:00:00Z");

  @Autowired ReferralDescriptions descriptions;

  private static Dossier dossier(boolean border, boolean customs, String idNumber, String address) {
    return new Dossier(
        "Tóm tắt {0} 'x' vụ việc",
        LocalDate.of(2026, 1, 5),
        "Kho số 3",
        "TNI",
        border,
        customs,
        idNumber == null ? OffenderKind.ORGANISATION : OffenderKind.PERSON,
        "Nguyễn Văn Bình",
        idNumber,
        address,
        "SMUGGLED_GOODS",
        "12.000 bao",
        1_250_000_000L,
        "Dấu hiệu",
        border ? FoundDuring.ENFORCING_PENALTY : FoundDuring.CONSIDERING_PENALTY);
  }

  private static CaseReferral opened(Dossier dossier) {
    return new CaseReferral(
        "CHS-2026-0001", dossier, "QLTT-TNI-D1", "QLTT-TNI", T0.plusSeconds(86400), "a", T0);
  }

  /** Routed by the table, but no unit of the registry was found; one document. */
  private static CaseReferral noUnitFound() {
    CaseReferral r = opened(dossier(true, true, "0720", "Phường 1"));
    r.routed("CUSTOMS_BRANCH", "Điều 188", null, "x", T0);
    r.addDocument(DocumentKind.EVIDENCE, "a.pdf", "application/pdf", 1234, "abc", "u", T0);
    return r;
  }

  /** Routing overridden with a reason, two documents, transferred. */
  private static CaseReferral overriddenAndTransferred() {
    CaseReferral r = opened(dossier(true, false, null, "Xã 2"));
    r.routed("PROVINCIAL_POLICE", "Điều 192", "CA-TNI", "x", T0);
    r.confirmRouting("HQ-KV17", true, "Lý do {1}", "u", T0);
    r.addDocument(DocumentKind.EVIDENCE, "a.pdf", "application/pdf", 1234, "abc", "u", T0);
    r.addDocument(DocumentKind.EVIDENCE, "b ảnh.png", "image/png", 5_000_000, "def", "u", T0);
    r.reviewed(true, null, "u", T0);
    r.decideTransfer(true, null, "u", T0);
    r.transferred(
        "BB-CHS-2026-0001",
        vn.phoihop.shared.Clocks.dayOf(T0.plusSeconds(100)),
        "s",
        T0.plusSeconds(100));
    return r;
  }

  /** Received, extended once, decided not to prosecute. */
  private static CaseReferral decided() {
    CaseReferral r = opened(dossier(false, false, "1", "2"));
    r.routed("PROVINCIAL_POLICE", "Điều 192", "CA-TNI", "x", T0);
    r.confirmRouting("CA-TNI", false, null, "u", T0);
    r.reviewed(true, null, "u", T0);
    r.decideTransfer(true, null, "u", T0);
    r.transferred(
        "BB-CHS-2026-0001",
        vn.phoihop.shared.Clocks.dayOf(T0.plusSeconds(100)),
        "s",
        T0.plusSeconds(100));
    r.acknowledged(
        vn.phoihop.shared.Clocks.dayOf(T0.plusSeconds(300)),
        T0.plusSeconds(86400 * 20),
        null,
        "p",
        T0.plusSeconds(300));
    r.extend(
        2,
        "r",
        ApprovingBodyType.INVESTIGATION_BODY,
        "Thủ trưởng",
        null,
        T0.plusSeconds(86400 * 80),
        "p",
        T0);
    r.decided(
        Outcome.NOT_PROSECUTED,
        "12/QĐ",
        vn.phoihop.shared.Clocks.dayOf(T0.plusSeconds(86400 * 87)),
        null,
        "p",
        T0.plusSeconds(86400 * 90));
    return r;
  }

  @Test
  void summaryOfADossierWhoseProposedUnitIsNotInTheRegistry() {
    assertThat(descriptions.summary(noUnitFound()))
        .isEqualTo(
            """
                ## Hồ sơ CHS-2026-0001 — Đang lập hồ sơ

                **Đơn vị lập hồ sơ:** Đội Quản lý thị trường số 1 (Chi cục QLTT Tây Ninh) (QLTT-TNI-D1) \s
                **Phát hiện:** ngày 05/01/2026 tại Kho số 3, Tây Ninh (khu vực biên giới); hàng đang qua biên giới / chịu kiểm soát hải quan \s
                **Thời điểm phát hiện dấu hiệu tội phạm:** Khi thi hành quyết định xử phạt (chuyển trong 3 ngày làm việc) \s
                **Đối tượng:** Cá nhân — Nguyễn Văn Bình (0720), Phường 1 \s
                **Loại vi phạm:** Hàng nhập lậu \s
                **Hàng hóa:** 12.000 bao — trị giá ước tính 1.250.000.000 đồng

                **Tóm tắt:** Tóm tắt {0} 'x' vụ việc

                **Dấu hiệu tội phạm:** Dấu hiệu

                **Cơ quan tiếp nhận:** đề xuất (chưa xác định) \s
                **Căn cứ pháp lý:** Điều 188 \s
                **Hạn chuyển hồ sơ:** 09:00 ngày 04/03/2026 \s
                """);
  }

  @Test
  void summaryOfAnOverriddenRoutingAndATransfer() {
    assertThat(descriptions.summary(overriddenAndTransferred()))
        .isEqualTo(
            """
                ## Hồ sơ CHS-2026-0001 — Đã chuyển, chờ cơ quan tiếp nhận xác nhận

                **Đơn vị lập hồ sơ:** Đội Quản lý thị trường số 1 (Chi cục QLTT Tây Ninh) (QLTT-TNI-D1) \s
                **Phát hiện:** ngày 05/01/2026 tại Kho số 3, Tây Ninh (khu vực biên giới) \s
                **Thời điểm phát hiện dấu hiệu tội phạm:** Khi thi hành quyết định xử phạt (chuyển trong 3 ngày làm việc) \s
                **Đối tượng:** Tổ chức — Nguyễn Văn Bình, Xã 2 \s
                **Loại vi phạm:** Hàng nhập lậu \s
                **Hàng hóa:** 12.000 bao — trị giá ước tính 1.250.000.000 đồng

                **Tóm tắt:** Tóm tắt {0} 'x' vụ việc

                **Dấu hiệu tội phạm:** Dấu hiệu

                **Cơ quan tiếp nhận:** Chi cục Hải quan khu vực XVII (HQ-KV17) \s
                **Căn cứ pháp lý:** Điều 192 \s
                **Thay đổi so với đề xuất (Công an tỉnh Tây Ninh (CA-TNI)):** Lý do {1} \s
                **Hạn chuyển hồ sơ:** 09:00 ngày 04/03/2026 — đã chuyển lúc 09:01 ngày 03/03/2026 (biên bản BB-CHS-2026-0001 ngày 03/03/2026) \s
                """);
  }

  @Test
  void summaryOfAReceivedExtendedAndDecidedReferral() {
    assertThat(descriptions.summary(decided()))
        .isEqualTo(
            """
                ## Hồ sơ CHS-2026-0001 — Không khởi tố, chờ trả hồ sơ

                **Đơn vị lập hồ sơ:** Đội Quản lý thị trường số 1 (Chi cục QLTT Tây Ninh) (QLTT-TNI-D1) \s
                **Phát hiện:** ngày 05/01/2026 tại Kho số 3, Tây Ninh (nội địa) \s
                **Thời điểm phát hiện dấu hiệu tội phạm:** Khi xem xét ra quyết định xử phạt (chuyển ngay) \s
                **Đối tượng:** Cá nhân — Nguyễn Văn Bình (1), 2 \s
                **Loại vi phạm:** Hàng nhập lậu \s
                **Hàng hóa:** 12.000 bao — trị giá ước tính 1.250.000.000 đồng

                **Tóm tắt:** Tóm tắt {0} 'x' vụ việc

                **Dấu hiệu tội phạm:** Dấu hiệu

                **Cơ quan tiếp nhận:** Công an tỉnh Tây Ninh (CA-TNI) \s
                **Căn cứ pháp lý:** Điều 192 \s
                **Hạn chuyển hồ sơ:** 09:00 ngày 04/03/2026 — đã chuyển lúc 09:01 ngày 03/03/2026 (biên bản BB-CHS-2026-0001 ngày 03/03/2026) \s
                **Ngày tiếp nhận hồ sơ:** 03/03/2026; **hạn giải quyết:** 09:00 ngày 22/05/2026 (đã gia hạn 1 lần) \s
                **Kết quả:** Quyết định không khởi tố vụ án hình sự số 12/QĐ ngày 29/05/2026 (ghi nhận muộn 3 ngày) \s
                """);
  }

  @Test
  void documentListNumbersTheDocumentsWithKindSizeAndUploader() {
    assertThat(descriptions.documentList(opened(dossier(false, false, null, null))))
        .isEqualTo("**Tài liệu:** chưa có tài liệu nào.");
    assertThat(descriptions.documentList(overriddenAndTransferred()))
        .isEqualTo(
            """
                **Tài liệu (2):**

                1. a.pdf — Tài liệu, chứng cứ, 1 KB, u, 09:00 ngày 03/03/2026
                2. b ảnh.png — Tài liệu, chứng cứ, 4,8 MB, u, 09:00 ngày 03/03/2026
                """);
  }
}
