package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.Texts;

/**
 * The agreement's texts with optional parts, sentence for sentence as users read them (and as they
 * read before the texts left the code): every branch of the templates, and the bundle's
 * MessageFormat quirks.
 */
class AgreementTextsTests {

  @Test
  void anEvaluationOnTheTimelineNamesOnlyWhatHappened() {
    assertThat(
            render(
                "agreement/timeline/evaluated",
                Map.of(
                    "period", "Quý I năm 2026",
                    "rating", "tốt",
                    "conference", "hội nghị sơ kết",
                    "late", "SCT-TNI, CA-TNI",
                    "missing", "HQ-KV17",
                    "conclusion", "Tiếp tục thực hiện",
                    "id", 12L)))
        .isEqualTo(
            "Quý I năm 2026: xếp loại tốt; hội nghị sơ kết đã họp; báo cáo muộn: SCT-TNI, CA-TNI;"
                + " không báo cáo: HQ-KV17; kết luận: Tiếp tục thực hiện (kỳ đánh giá số 12)");
    assertThat(
            render(
                "agreement/timeline/evaluated",
                Map.of(
                    "period", "Tháng 4 năm 2026", "conclusion", "Tiếp tục thực hiện", "id", 1234L)))
        .isEqualTo("Tháng 4 năm 2026; kết luận: Tiếp tục thực hiện (kỳ đánh giá số 1234)");
  }

  @Test
  void aConsolidationCountsEachOpinionOfTheVersion() {
    assertThat(
            render(
                "agreement/timeline/consolidated",
                Map.of(
                    "versionNo",
                    2,
                    "counts",
                    List.of(
                        Map.of("count", 1L, "opinion", "nhất trí"),
                        Map.of("count", 2L, "opinion", "không nhất trí")))))
        .isEqualTo("Phiên bản 2: 1 nhất trí; 2 không nhất trí;");
    assertThat(
            render("agreement/timeline/consolidated", Map.of("versionNo", 3, "counts", List.of())))
        .isEqualTo("Phiên bản 3:");
  }

  @Test
  void anAmendmentEntersIntoForceAsAnAmendingDocument() {
    Map<String, Object> values =
        Map.of(
            "number", "52/2026/QĐ-UBND",
            "effectiveFrom", "01/07/2026",
            "termEnd", "31/12/2028",
            "versionNo", 2);
    assertThat(render("agreement/timeline/entered-into-force", with(values, "amendment", true)))
        .isEqualTo(
            "Văn bản sửa đổi, bổ sung số 52/2026/QĐ-UBND, hiệu lực từ 01/07/2026 đến hết ngày"
                + " 31/12/2028 (phiên bản 2)");
    assertThat(render("agreement/timeline/entered-into-force", with(values, "amendment", false)))
        .isEqualTo(
            "Văn bản số 52/2026/QĐ-UBND, hiệu lực từ 01/07/2026 đến hết ngày 31/12/2028 (phiên bản"
                + " 2)");
  }

  @Test
  void anAmendmentRequestNamesTheRequestingPartyWhenThereIsOne() {
    Map<String, Object> values =
        Map.of("user", "canbo.scttni", "title", "Quy chế phối hợp", "reason", "Bổ sung LPG.");
    assertThat(render("agreement/mail/amendment-requested", with(values, "agency", "SCT-TNI")))
        .isEqualTo(
            "canbo.scttni (SCT-TNI) đề nghị sửa đổi, bổ sung «Quy chế phối hợp». Lý do: Bổ sung"
                + " LPG.");
    assertThat(render("agreement/mail/amendment-requested", values))
        .isEqualTo("canbo.scttni đề nghị sửa đổi, bổ sung «Quy chế phối hợp». Lý do: Bổ sung LPG.");
  }

  @Test
  void bundleSentencesKeepApostrophesAndWriteNumbersAsGiven() {
    assertThat(
            Texts.text(
                "agreement.decision.invalid", "ý kiến của lãnh đạo", "OK", "CONSULT", "RETURN"))
        .isEqualTo(
            "Vui lòng chọn ý kiến của lãnh đạo (giá trị 'OK' không hợp lệ; chọn CONSULT hoặc"
                + " RETURN).");
    assertThat(Texts.text("agreement.timeline.versionSubmitted", "1000", "0123456789ab"))
        .isEqualTo("Phiên bản 1000 (SHA-256 0123456789ab…)");
    assertThat(AgreementStatus.AWAITING_DECISION.label()).isEqualTo("Chờ UBND tỉnh ban hành");
    assertThat(TimelineAction.RENEWAL_OF.label()).isEqualTo("Tái ký từ thỏa thuận đã hết thời hạn");
  }

  @Test
  void everyEnumValueHasALabel() {
    List<String> labels = new ArrayList<>();
    Arrays.stream(AgreementKind.values()).map(AgreementKind::label).forEach(labels::add);
    Arrays.stream(AgreementStatus.values()).map(AgreementStatus::label).forEach(labels::add);
    Arrays.stream(ApprovalPath.values()).map(ApprovalPath::label).forEach(labels::add);
    Arrays.stream(EvaluationCadence.values()).map(EvaluationCadence::label).forEach(labels::add);
    Arrays.stream(Opinion.values()).map(Opinion::label).forEach(labels::add);
    Arrays.stream(PartyRole.values()).map(PartyRole::label).forEach(labels::add);
    Arrays.stream(TimelineAction.values()).map(TimelineAction::label).forEach(labels::add);
    Arrays.stream(VersionKind.values()).map(VersionKind::label).forEach(labels::add);
    assertThat(labels).hasSize(58).allSatisfy(label -> assertThat(label).isNotBlank());
  }

  private static String render(String template, Map<String, ?> values) {
    return Templates.render(template, values).stripTrailing();
  }

  private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(values);
    copy.put(key, value);
    return copy;
  }
}
