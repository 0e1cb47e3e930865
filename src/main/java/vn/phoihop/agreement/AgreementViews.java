package vn.phoihop.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import vn.phoihop.evaluation.EvaluationSummary;
import vn.phoihop.shared.Texts;

/**
 * What the agreement API returns. Labels are Vietnamese; codes and enum names stay stable for
 * clients.
 */
final class AgreementViews {

  private AgreementViews() {}

  @Schema(description = "An agreement in a list")
  record Summary(
      String code,
      String title,
      AgreementKind kind,
      String kindLabel,
      AgreementStatus status,
      String statusLabel,
      String leadAgency,
      List<String> partnerAgencies,
      List<String> fields,
      LocalDate termStart,
      LocalDate termEnd,
      String documentNumber,
      LocalDate effectiveDate,
      @Schema(description = "Whether a task of the agreement is overdue") boolean overdue,
      Instant updatedAt) {

    static Summary of(Agreement a, boolean overdue) {
      return new Summary(
          a.getCode(),
          a.getTitle(),
          a.getKind(),
          a.getKind().label(),
          a.getStatus(),
          a.getStatus().label(),
          a.getLeadAgencyCode(),
          a.partnerCodes(),
          List.copyOf(a.getFields()),
          a.getTermStart(),
          a.getTermEnd(),
          a.getDocumentNumber(),
          a.getEffectiveDate(),
          overdue,
          a.getUpdatedAt());
    }
  }

  @Schema(description = "A page of results")
  record Page<T>(List<T> items, int page, int size, long total) {}

  @Schema(
      description =
          "An agreement with its parties, versions, comments, signatures, documents, evaluation"
              + " periods, renewal links, timeline and open tasks")
  record Detail(
      String code,
      String title,
      String summary,
      AgreementKind kind,
      String kindLabel,
      ApprovalPath approvalPath,
      String approvalPathLabel,
      AgreementStatus status,
      String statusLabel,
      List<Party> parties,
      List<CodeLabel> fields,
      LocalDate termStart,
      LocalDate termEnd,
      EvaluationCadence evaluationCadence,
      String evaluationCadenceLabel,
      Related parent,
      List<Related> subPlans,
      @Schema(description = "The agreement this one renews (if any)") Related renewedFrom,
      @Schema(description = "The agreement that renews this one when its term ends (if any)")
          Related renewedBy,
      @Schema(description = "The periodic evaluations, in order of period end")
          List<EvaluationSummary> evaluations,
      @Schema(description = "Link to the full figures of the evaluation periods")
          String evaluationsHref,
      int currentVersionNo,
      Integer inForceVersionNo,
      String documentNumber,
      LocalDate effectiveDate,
      LocalDate endedOn,
      String terminationReason,
      String createdBy,
      Instant createdAt,
      List<Version> versions,
      List<Document> documents,
      List<Comment> comments,
      List<SignatureView> signatures,
      List<Timeline> timeline,
      List<OpenTask> openTasks,
      String processInstanceId) {}

  record CodeLabel(String code, String label) {}

  record Party(
      String agencyCode, String agencyName, String provinceCode, PartyRole role, String roleLabel) {

    static Party of(AgreementParty p) {
      return new Party(
          p.getAgencyCode(),
          p.getAgencyName(),
          p.getProvinceCode(),
          p.getRole(),
          p.getRole().label());
    }
  }

  record Related(String code, String title, AgreementStatus status, String statusLabel) {

    static Related of(Agreement a) {
      return new Related(a.getCode(), a.getTitle(), a.getStatus(), a.getStatus().label());
    }
  }

  @Schema(description = "A version of the text (without its content)")
  record Version(
      int versionNo,
      VersionKind kind,
      String kindLabel,
      String author,
      Instant createdAt,
      @Schema(description = "SHA-256 of the content (UTF-8), in hex") String contentHash,
      String note,
      boolean inForce) {

    static Version of(TextVersion v, Integer inForceVersionNo) {
      boolean inForce = Objects.equals(inForceVersionNo, v.getVersionNo());
      return new Version(
          v.getVersionNo(),
          v.getKind(),
          // the version in force is no longer a draft, whatever it was written as
          inForce ? Texts.text("agreement.version.inForce") : v.getKind().label(),
          v.getAuthor(),
          v.getCreatedAt(),
          v.getContentHash(),
          v.getNote(),
          inForce);
    }
  }

  @Schema(description = "The full text of one version")
  record VersionText(
      String agreementCode,
      int versionNo,
      VersionKind kind,
      String author,
      Instant createdAt,
      String contentHash,
      String content) {

    static VersionText of(Agreement agreement, TextVersion v) {
      return new VersionText(
          agreement.getCode(),
          v.getVersionNo(),
          v.getKind(),
          v.getAuthor(),
          v.getCreatedAt(),
          v.getContentHash(),
          v.getContent());
    }
  }

  @Schema(description = "A signed or issued document (tied to a version)")
  record Document(
      int versionNo,
      VersionKind kind,
      String documentNumber,
      LocalDate issuedOn,
      String issuedBy,
      LocalDate effectiveFrom,
      String submissionNumber,
      LocalDate submittedOn) {

    static Document of(TextVersion v) {
      return new Document(
          v.getVersionNo(),
          v.getKind(),
          v.getDocumentNumber(),
          v.getIssuedOn(),
          v.getIssuedBy(),
          v.getEffectiveFrom(),
          v.getSubmissionNumber(),
          v.getSubmittedOn());
    }
  }

  record Comment(
      int versionNo,
      String agencyCode,
      Opinion opinion,
      String opinionLabel,
      String content,
      String author,
      Instant createdAt) {

    static Comment of(AgreementComment c) {
      return new Comment(
          c.getVersionNo(),
          c.getAgencyCode(),
          c.getOpinion(),
          c.getOpinion().label(),
          c.getContent(),
          c.getAuthor(),
          c.getCreatedAt());
    }
  }

  record SignatureView(
      int versionNo,
      String agencyCode,
      String signatoryName,
      String signatoryTitle,
      LocalDate signedOn,
      String recordedBy) {

    static SignatureView of(Signature s) {
      return new SignatureView(
          s.getVersionNo(),
          s.getAgencyCode(),
          s.getSignatoryName(),
          s.getSignatoryTitle(),
          s.getSignedOn(),
          s.getRecordedBy());
    }
  }

  record Timeline(
      Instant at,
      String actor,
      String agencyCode,
      @Schema(description = "The agency's Vietnamese name, as users read it") String agencyName,
      TimelineAction action,
      String actionLabel,
      Integer versionNo,
      String detail,
      String reason) {

    static Timeline of(TimelineEntry e, java.util.function.UnaryOperator<String> agencyNames) {
      return new Timeline(
          e.getOccurredAt(),
          e.getActor(),
          e.getAgencyCode(),
          e.getAgencyCode() == null ? null : agencyNames.apply(e.getAgencyCode()),
          e.getAction(),
          e.getAction().label(),
          e.getVersionNo(),
          e.getDetail(),
          e.getReason());
    }
  }

  @Schema(description = "An open task of the process")
  record OpenTask(
      String id,
      String taskKey,
      String name,
      List<String> candidateGroups,
      String assignee,
      Date created,
      Date due,
      boolean overdue,
      @Schema(description = "Path that opens the task in Tasklist") String tasklistPath) {}

  @Schema(description = "The reason for a request")
  record ReasonRequest(
      @Schema(description = "Reason (required)", example = "Bổ sung lĩnh vực LPG.")
          String reason) {}
}
