package vn.phoihop.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as the REST API shows it: "x/N đã nộp", the late and the missing recipients by name,
 * and each report the caller may read (the requester's side and managers see all; a recipient its
 * own).
 */
public record CampaignView(
    Long id,
    String code,
    String kind,
    String kindLabel,
    String title,
    String requesterCode,
    String requesterName,
    String periodKind,
    String periodLabel,
    LocalDate periodStart,
    LocalDate periodEnd,
    Instant deadline,
    int round,
    String status,
    String statusLabel,
    boolean imported,
    Instant startedAt,
    Instant closedAt,
    long submitted,
    int total,
    String label,
    List<AgencyRef> late,
    List<AgencyRef> missing,
    String consolidatedText,
    List<Submission> submissions) {

  /** An agency by code and name. */
  public record AgencyRef(String code, String name) {}

  /**
   * One recipient's report. {@code currentAgency…}: the body that carries on a former recipient's
   * work today (a Sở merged in 2025 → today's Sở), the recipient itself while it is in force.
   */
  public record Submission(
      String agencyCode,
      String agencyName,
      String currentAgencyCode,
      String currentAgencyName,
      String status,
      String statusLabel,
      boolean submitted,
      boolean late,
      int remindedRounds,
      Instant submittedAt,
      String submittedBy,
      String approvedBy,
      String returnedReason,
      Long inspections,
      Long violationsHandled,
      Long budgetPaidVnd,
      Long confiscatedGoodsVnd,
      Long casesTransferred,
      Long casesProsecuted,
      Boolean planIssued,
      String planNumber,
      LocalDate planDate,
      LocalDate planExpectedDate,
      String planNotIssuedReason,
      String narrative,
      String difficulties) {}
}
