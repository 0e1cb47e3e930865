package vn.phoihop.agreement;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.evaluation.EvaluationSummary;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * An agreement in force: its periodic evaluations on the timeline, the leader's decision on an
 * amendment (and keeping the version in force when it is rejected), the decision on a termination
 * an evaluation proposed, and the termination itself.
 */
@Service
@Transactional
class AgreementLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AgreementLifecycle.class);

  private final AgreementSupport support;

  private final AgreementDescriptions descriptions;

  AgreementLifecycle(AgreementSupport support, AgreementDescriptions descriptions) {
    this.support = support;
    this.descriptions = descriptions;
  }

  /** An evaluation period was concluded: its outcome goes on the agreement's timeline. */
  void recordEvaluation(long agreementId, EvaluationSummary evaluation) {
    Agreement agreement = support.load(agreementId);
    Map<String, Object> values = new HashMap<>();
    values.put("period", String.valueOf(evaluation.periodLabel()));
    if (evaluation.ratingLabel() != null) {
      values.put("rating", evaluation.ratingLabel().toLowerCase(Locale.ROOT));
    }
    if (evaluation.conferenceKindLabel() != null) {
      values.put("conference", evaluation.conferenceKindLabel().toLowerCase(Locale.ROOT));
    }
    if (!evaluation.lateParties().isEmpty()) {
      values.put("late", names(agreement, evaluation.lateParties()));
    }
    if (!evaluation.missingParties().isEmpty()) {
      values.put("missing", names(agreement, evaluation.missingParties()));
    }
    values.put("conclusion", String.valueOf(evaluation.conclusionLabel()));
    values.put("id", evaluation.id());
    agreement.record(
        TimelineAction.EVALUATED,
        evaluation.concludedBy() == null ? SystemEngine.ACTOR : evaluation.concludedBy(),
        agreement.getLeadAgencyCode(),
        Templates.render("agreement/timeline/evaluated", values).stripTrailing(),
        evaluation.conclusionNote(),
        Clocks.now());
  }

  /**
   * Parties by their Vietnamese names, as the timeline reads: "Sở Công Thương tỉnh Tây Ninh, …".
   */
  private String names(Agreement agreement, java.util.List<String> codes) {
    return String.join(
        ", ", codes.stream().map(code -> descriptions.agencyName(agreement, code)).toList());
  }

  /** An evaluation under way was cancelled with the in-force wait (amendment or termination). */
  void recordEvaluationCancelled(long agreementId, EvaluationSummary evaluation) {
    Agreement agreement = support.load(agreementId);
    agreement.record(
        TimelineAction.EVALUATION_CANCELLED,
        SystemEngine.ACTOR,
        agreement.getLeadAgencyCode(),
        Texts.text(
            "agreement.timeline.evaluationCancelled",
            evaluation.periodLabel(),
            String.valueOf(evaluation.id())),
        null,
        Clocks.now());
  }

  /** The lead's leader decides on an amendment; a rejection needs a reason. */
  void reviewAmendment(long agreementId, String decision, String reason, String actor) {
    Agreement agreement = support.load(agreementId);
    String field = FormFields.AMENDMENT_REASON;
    String versionNo = String.valueOf(agreement.getCurrentVersionNo());
    if (Vars.REJECT.equals(decision)) {
      agreement.record(
          TimelineAction.AMENDMENT_REJECTED,
          actor,
          agreement.getLeadAgencyCode(),
          Texts.text("agreement.timeline.amendmentRejected", versionNo),
          FormInput.requiredText(
              field, reason, 4000, Texts.text("agreement.field.rejectionReason")),
          Clocks.now());
    } else {
      agreement.record(
          TimelineAction.AMENDMENT_APPROVED,
          actor,
          agreement.getLeadAgencyCode(),
          Texts.text(
              "agreement.timeline.amendmentApproved",
              versionNo,
              agreement.getApprovalPath().label()),
          FormInput.optionalText(field, reason, 4000, Texts.text("agreement.field.guidance")),
          Clocks.now());
    }
  }

  /** An amendment was not approved: the version in force stays. */
  void keepCurrentVersion(long agreementId) {
    support.load(agreementId).moveTo(AgreementStatus.IN_FORCE, Clocks.now());
  }

  /**
   * The lead's leader decides on a termination an evaluation proposed: terminate now (a reason is
   * required; it becomes the termination's reason) or continue.
   */
  void decideTermination(long agreementId, String decision, String reason, String actor) {
    Agreement agreement = support.load(agreementId);
    String field = FormFields.TERMINATION_DECISION_REASON;
    if (Vars.TERMINATE.equals(decision)) {
      String why =
          FormInput.requiredText(
              field, reason, 4000, Texts.text("agreement.field.terminationReason"));
      agreement.requestTermination(why, actor, agreement.getLeadAgencyCode());
      agreement.record(
          TimelineAction.TERMINATION_DECIDED,
          actor,
          agreement.getLeadAgencyCode(),
          null,
          why,
          Clocks.now());
    } else {
      agreement.record(
          TimelineAction.TERMINATION_DECLINED,
          actor,
          agreement.getLeadAgencyCode(),
          null,
          FormInput.optionalText(field, reason, 4000, Texts.text("agreement.field.leaderOpinion")),
          Clocks.now());
    }
  }

  /** The termination a party's leader requested (or the lead's leader decided) takes effect. */
  void terminate(long agreementId) {
    Agreement agreement = support.load(agreementId);
    Instant now = Clocks.now();
    String today = VietnameseFormats.date(Clocks.today());
    agreement.end(AgreementStatus.TERMINATED, Clocks.today(), now);
    agreement.record(
        TimelineAction.TERMINATED,
        agreement.getTerminationRequestedBy() == null
            ? SystemEngine.ACTOR
            : agreement.getTerminationRequestedBy(),
        agreement.getTerminationRequestedAgency(),
        Texts.text("agreement.timeline.terminated", today),
        agreement.getTerminationReason(),
        now);
    support.notifyParties(
        agreement,
        Texts.text("agreement.mail.terminated.subject", agreement.getCode()),
        Templates.render(
                "agreement/mail/terminated",
                Map.of(
                    "kind", agreement.getKind().label(),
                    "title", agreement.getTitle(),
                    "day", today,
                    // by name; a request by an administrator of no party reads "null" as before
                    "agency",
                        agreement.getTerminationRequestedAgency() == null
                            ? "null"
                            : descriptions.agencyName(
                                agreement, agreement.getTerminationRequestedAgency()),
                    "reason", String.valueOf(agreement.getTerminationReason())))
            .stripTrailing());
    log.info("Agreement {} terminated", agreement.getCode());
  }
}
