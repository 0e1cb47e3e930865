package vn.phoihop.agreement;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.SystemEngine;

/**
 * The server side of every agreement form. On {@code create} the agreement's status follows the
 * task's stage; on {@code complete} the submitted values are checked and written to the aggregate
 * through {@link AgreementService}, then removed from the process (only routing values stay). A
 * refusal throws, so the task stays open and nothing is written.
 */
@Component("agreementFormListener")
class AgreementFormListener implements TaskListener {

  private static final Map<String, AgreementStatus> STAGES =
      Map.ofEntries(
          Map.entry(Elements.DRAFT, AgreementStatus.DRAFTING),
          Map.entry(Elements.REVISE, AgreementStatus.DRAFTING),
          Map.entry(Elements.REVIEW, AgreementStatus.IN_REVIEW),
          Map.entry(Elements.CONSULT, AgreementStatus.IN_CONSULTATION),
          Map.entry(Elements.CONSOLIDATE, AgreementStatus.CONSOLIDATING),
          Map.entry(Elements.SIGN, AgreementStatus.AWAITING_SIGNATURES),
          Map.entry(Elements.RECORD_SIGNED_DOCUMENT, AgreementStatus.AWAITING_SIGNATURES),
          Map.entry(Elements.SUBMIT_FOR_DECISION, AgreementStatus.AWAITING_DECISION),
          Map.entry(Elements.RECORD_DECISION, AgreementStatus.AWAITING_DECISION),
          Map.entry(Elements.DRAFT_AMENDMENT, AgreementStatus.AMENDING),
          Map.entry(Elements.REVIEW_AMENDMENT, AgreementStatus.AMENDING),
          Map.entry(Elements.DECIDE_TERMINATION, AgreementStatus.IN_FORCE),
          Map.entry(Elements.FINAL_REVIEW, AgreementStatus.FINAL_REVIEW));

  private final AgreementService service;
  private final IdentityService identityService;

  AgreementFormListener(AgreementService service, IdentityService identityService) {
    this.service = service;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long agreementId = ((Number) task.getVariable(Vars.AGREEMENT_ID)).longValue();
    String taskKey = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      AgreementStatus stage = STAGES.get(taskKey);
      if (stage == null) {
        throw new IllegalStateException("No agreement stage for task " + taskKey);
      }
      service.enterStage(agreementId, stage);
      if (Elements.CONSULT.equals(taskKey)) {
        List<String> candidateGroups =
            task.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .toList();
        service.noticeConsultation(
            agreementId,
            (String) task.getVariable(Vars.PARTNER_AGENCY),
            candidateGroups,
            task.getDueDate(),
            task.getId());
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      complete(task, agreementId, taskKey);
    }
  }

  private void complete(DelegateTask task, long agreementId, String taskKey) {
    String actor = actor(task);
    switch (taskKey) {
      case Elements.DRAFT -> {
        service.submitVersion(
            agreementId,
            VersionKind.DRAFT,
            text(task, FormFields.CONTENT),
            text(task, FormFields.VERSION_NOTE),
            actor);
        consume(task, FormFields.CONTENT, FormFields.VERSION_NOTE, Vars.REVIEW_DECISION);
      }
      case Elements.REVIEW -> {
        String decision =
            FormValues.requiredDecision(
                Vars.REVIEW_DECISION,
                task.getVariable(Vars.REVIEW_DECISION),
                "ý kiến của lãnh đạo",
                Vars.CONSULT,
                Vars.RETURN);
        service.review(agreementId, decision, text(task, FormFields.REVIEW_REASON), actor);
        task.setVariable(Vars.REVIEW_DECISION, decision);
        consume(task, FormFields.REVIEW_REASON);
      }
      case Elements.CONSULT -> {
        Opinion opinion =
            FormInput.requiredChoice(
                FormFields.OPINION,
                task.getVariable(FormFields.OPINION),
                Opinion.class,
                "ý kiến của đơn vị",
                Opinion::label);
        String partner = (String) task.getVariable(Vars.PARTNER_AGENCY);
        service.comment(agreementId, partner, opinion, text(task, FormFields.COMMENT), actor);
        consume(task, FormFields.OPINION, FormFields.COMMENT);
      }
      case Elements.CONSOLIDATE -> {
        String decision =
            FormValues.requiredDecision(
                Vars.CONSOLIDATION_DECISION,
                task.getVariable(Vars.CONSOLIDATION_DECISION),
                "hướng xử lý sau tổng hợp",
                Vars.REVISE,
                Vars.APPROVE);
        service.consolidate(
            agreementId, decision, text(task, FormFields.CONSOLIDATION_NOTE), actor);
        task.setVariable(Vars.CONSOLIDATION_DECISION, decision);
        consume(task, FormFields.CONSOLIDATION_NOTE);
      }
      case Elements.REVISE -> {
        service.submitVersion(
            agreementId,
            VersionKind.REVISION,
            text(task, FormFields.CONTENT),
            text(task, FormFields.VERSION_NOTE),
            actor);
        consume(
            task,
            FormFields.CONTENT,
            FormFields.VERSION_NOTE,
            Vars.REVIEW_DECISION,
            Vars.CONSOLIDATION_DECISION);
      }
      case Elements.SIGN -> {
        service.sign(
            agreementId,
            (String) task.getVariable(Vars.SIGNING_PARTY),
            text(task, FormFields.SIGNATORY_NAME),
            text(task, FormFields.SIGNATORY_TITLE),
            FormInput.requiredDate(
                FormFields.SIGNED_ON, task.getVariable(FormFields.SIGNED_ON), "ngày ký"),
            actor);
        consume(task, FormFields.SIGNATORY_NAME, FormFields.SIGNATORY_TITLE, FormFields.SIGNED_ON);
      }
      case Elements.RECORD_SIGNED_DOCUMENT -> {
        service.registerSignedDocument(
            agreementId,
            text(task, FormFields.DOCUMENT_NUMBER),
            FormInput.requiredDate(
                FormFields.EFFECTIVE_DATE,
                task.getVariable(FormFields.EFFECTIVE_DATE),
                "ngày có hiệu lực"),
            actor);
        consume(task, FormFields.DOCUMENT_NUMBER, FormFields.EFFECTIVE_DATE);
      }
      case Elements.SUBMIT_FOR_DECISION -> {
        service.submitForDecision(
            agreementId,
            text(task, FormFields.SUBMISSION_NUMBER),
            FormInput.requiredDate(
                FormFields.SUBMITTED_ON, task.getVariable(FormFields.SUBMITTED_ON), "ngày trình"),
            actor);
        consume(task, FormFields.SUBMISSION_NUMBER, FormFields.SUBMITTED_ON);
      }
      case Elements.RECORD_DECISION -> {
        service.recordDecision(
            agreementId,
            text(task, FormFields.DECISION_NUMBER),
            FormInput.requiredDate(
                FormFields.DECISION_DATE,
                task.getVariable(FormFields.DECISION_DATE),
                "ngày quyết định"),
            text(task, FormFields.DECISION_SIGNER),
            FormInput.requiredDate(
                FormFields.EFFECTIVE_DATE,
                task.getVariable(FormFields.EFFECTIVE_DATE),
                "ngày có hiệu lực"),
            actor);
        consume(
            task,
            FormFields.DECISION_NUMBER,
            FormFields.DECISION_DATE,
            FormFields.DECISION_SIGNER,
            FormFields.EFFECTIVE_DATE);
      }
      case Elements.DRAFT_AMENDMENT -> {
        service.submitVersion(
            agreementId,
            VersionKind.AMENDMENT,
            text(task, FormFields.CONTENT),
            text(task, FormFields.VERSION_NOTE),
            actor);
        consume(task, FormFields.CONTENT, FormFields.VERSION_NOTE, Vars.AMENDMENT_DECISION);
      }
      case Elements.REVIEW_AMENDMENT -> {
        String decision =
            FormValues.requiredDecision(
                Vars.AMENDMENT_DECISION,
                task.getVariable(Vars.AMENDMENT_DECISION),
                "ý kiến về nội dung sửa đổi",
                Vars.APPROVE,
                Vars.REJECT);
        service.reviewAmendment(
            agreementId, decision, text(task, FormFields.AMENDMENT_REASON), actor);
        task.setVariable(Vars.AMENDMENT_DECISION, decision);
        consume(task, FormFields.AMENDMENT_REASON);
      }
      case Elements.DECIDE_TERMINATION -> {
        String decision =
            FormValues.requiredDecision(
                Vars.TERMINATION_DECISION,
                task.getVariable(Vars.TERMINATION_DECISION),
                "quyết định về đề xuất chấm dứt",
                Vars.TERMINATE,
                Vars.CONTINUE);
        service.decideTermination(
            agreementId, decision, text(task, FormFields.TERMINATION_DECISION_REASON), actor);
        task.setVariable(Vars.TERMINATION_DECISION, decision);
        consume(task, FormFields.TERMINATION_DECISION_REASON);
      }
      case Elements.FINAL_REVIEW -> {
        String decision =
            FormValues.requiredDecision(
                Vars.FINAL_REVIEW_DECISION,
                task.getVariable(Vars.FINAL_REVIEW_DECISION),
                "kết quả tổng kết",
                Vars.RENEW,
                Vars.EXPIRE);
        service.finalReview(
            agreementId, decision, text(task, FormFields.FINAL_REVIEW_REASON), actor);
        task.setVariable(Vars.FINAL_REVIEW_DECISION, decision);
        consume(task, FormFields.FINAL_REVIEW_REASON);
      }
      default -> throw new IllegalStateException("No form handling for task " + taskKey);
    }
  }

  /**
   * Who completed the task: the engine's authenticated user (Tasklist, REST), else its assignee.
   */
  private String actor(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SystemEngine.ACTOR;
  }

  /** A text field as submitted: refused when not text; NFC, trimmed, null when empty. */
  private static String text(DelegateTask task, String name) {
    return FormInput.text(name, task.getVariable(name));
  }

  /**
   * Form values now live in the aggregate: drop them (and stale routing values) from the process.
   */
  private static void consume(DelegateTask task, String... names) {
    for (String name : names) {
      task.removeVariable(name);
    }
  }
}
