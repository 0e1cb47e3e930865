package vn.phoihop.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What it takes to open an agreement: the body of {@code POST /api/v1/agreements} and, field by
 * field, the start form {@code agreement-start}. Values arrive as text and are checked by {@link
 * AgreementOpening} so that every refusal names its field.
 */
@Schema(description = "Đề xuất xây dựng một quy chế hoặc kế hoạch phối hợp")
record AgreementRequest(
    @Schema(
            description = "Tên văn bản",
            example =
                "Quy chế phối hợp trong công tác quản lý thị trường trên địa bàn tỉnh Tây Ninh")
        String title,
    @Schema(
            description = "Loại văn bản",
            allowableValues = {"REGULATION", "PLAN"})
        String kind,
    @Schema(
            description = "Hình thức ban hành",
            allowableValues = {"CO_SIGNED", "ISSUED_BY_DECISION"})
        String approvalPath,
    @Schema(
            description =
                "Mã cơ quan chủ trì; để trống là đơn vị của người đề xuất (quản trị viên phải ghi rõ)",
            example = "QLTT-TNI")
        String leadAgency,
    @Schema(description = "Mã các cơ quan phối hợp (một hoặc nhiều)", example = "[\"SCT-TNI\"]")
        List<String> partnerAgencies,
    @Schema(description = "Mã các lĩnh vực phối hợp", example = "[\"PETROLEUM\"]")
        List<String> fields,
    @Schema(
            description = "Ngày bắt đầu thời hạn thực hiện",
            format = "date",
            example = "2026-03-01")
        String termStart,
    @Schema(
            description = "Ngày kết thúc thời hạn thực hiện",
            format = "date",
            example = "2028-12-31")
        String termEnd,
    @Schema(
            description = "Chu kỳ đánh giá",
            allowableValues = {"MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY"})
        String evaluationCadence,
    @Schema(description = "Mã quy chế mà kế hoạch này thực hiện (nếu có)", example = "QC-2026-0001")
        String parentAgreementCode,
    @Schema(description = "Phạm vi, mục đích") String summary) {}
