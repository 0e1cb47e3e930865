package vn.phoihop.agreement;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_ConsultPartner}, one per partner: its staff and liaison are told the draft waits for
 * their answer, and until when; the answer is the partner's opinion on the current version.
 */
@Component
class ConsultPartnerHandler implements AgreementTaskHandler {

  private final AgreementDrafting drafting;

  ConsultPartnerHandler(AgreementDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public String taskKey() {
    return Elements.CONSULT;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.IN_CONSULTATION;
  }

  @Override
  public void created(DelegateTask task, long agreementId) {
    List<String> candidateGroups =
        task.getCandidates().stream()
            .map(IdentityLink::getGroupId)
            .filter(Objects::nonNull)
            .toList();
    drafting.noticeConsultation(
        agreementId,
        Variables.PARTNER_AGENCY.get(task),
        candidateGroups,
        task.getDueDate(),
        task.getId());
  }

  @Override
  public void completed(TaskSubmission submission) {
    Opinion opinion =
        FormInput.requiredChoice(
            FormFields.OPINION,
            submission.value(FormFields.OPINION),
            Opinion.class,
            Texts.text("agreement.field.opinion"),
            Opinion::label);
    drafting.comment(
        submission.agreementId(),
        Variables.PARTNER_AGENCY.get(submission.task()),
        opinion,
        submission.text(FormFields.COMMENT),
        submission.actor());
    submission.consume(FormFields.OPINION, FormFields.COMMENT);
  }
}
