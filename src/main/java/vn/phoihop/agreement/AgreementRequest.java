package vn.phoihop.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What it takes to open an agreement: the body of {@code POST /api/v1/agreements} and, field by
 * field, the start form {@code agreement-start}. Values arrive as text and are checked by {@link
 * AgreementOpening} so that every refusal names its field.
 */
@Schema(
    description =
        "Proposal to draft a coordination regulation or plan (quy chế, kế hoạch phối hợp)")
record AgreementRequest(
    @Schema(
            description = "Title of the document",
            example =
                "Quy chế phối hợp trong công tác quản lý thị trường trên địa bàn tỉnh Tây Ninh")
        String title,
    @Schema(
            description = "Kind of document: regulation (quy chế) or plan (kế hoạch)",
            allowableValues = {"REGULATION", "PLAN"})
        String kind,
    @Schema(
            description =
                "How the document is enacted: co-signed by the parties, or issued by decision",
            allowableValues = {"CO_SIGNED", "ISSUED_BY_DECISION"})
        String approvalPath,
    @Schema(
            description =
                "Code of the lead agency (cơ quan chủ trì); empty means the proposer's unit"
                    + " (administrators must name it)",
            example = "QLTT-TNI")
        String leadAgency,
    @Schema(description = "Codes of the partner agencies (one or more)", example = "[\"SCT-TNI\"]")
        List<String> partnerAgencies,
    @Schema(description = "Codes of the coordination fields", example = "[\"PETROLEUM\"]")
        List<String> fields,
    @Schema(description = "First day of the term", format = "date", example = "2026-03-01")
        String termStart,
    @Schema(description = "Last day of the term", format = "date", example = "2028-12-31")
        String termEnd,
    @Schema(
            description = "How often the agreement is evaluated",
            allowableValues = {"MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY"})
        String evaluationCadence,
    @Schema(
            description = "Code of the regulation this plan implements (if any)",
            example = "QC-2026-0001")
        String parentAgreementCode,
    @Schema(description = "Scope and purpose") String summary) {}
