package vn.phoihop.inforequest;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementActivity;
import vn.phoihop.agreement.AgreementDirectory;
import vn.phoihop.inforequest.InformationRequestProcess.FormFields;
import vn.phoihop.inforequest.InformationRequestProcess.Variables;
import vn.phoihop.inforequest.InformationRequestProcess.Vars;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;

/**
 * The {@code complete} listener of both reply tasks: checks the reply (full, partial with a date
 * for the rest, or refusal with a reason), stores it with the request, removes the text fields and
 * puts the reply (its kind, never its text) on the agreement's timeline.
 */
@Component("informationRequestFormListener")
class InformationRequestFormListener implements TaskListener {

  private static final int LONG_TEXT = 20_000;

  private final InformationRequestRepository requests;
  private final IdentityService identityService;
  private final AgreementDirectory agreements;
  private final ApplicationEventPublisher events;

  InformationRequestFormListener(
      InformationRequestRepository requests,
      IdentityService identityService,
      AgreementDirectory agreements,
      ApplicationEventPublisher events) {
    this.requests = requests;
    this.identityService = identityService;
    this.agreements = agreements;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    long id = Variables.REQUEST_ID.get(task);
    InformationRequest request =
        requests
            .findById(id)
            .orElseThrow(() -> new IllegalStateException("No information request " + id));
    ReplyKind kind =
        FormInput.requiredChoice(
            Vars.REPLY_KIND,
            task.getVariable(Vars.REPLY_KIND),
            ReplyKind.class,
            Texts.text("inforequest.field.replyKind"),
            ReplyKind::label);
    String text = null;
    String reason = null;
    LocalDate restDue = null;
    if (kind == ReplyKind.REFUSED) {
      reason =
          FormInput.requiredText(
              FormFields.REFUSAL_REASON,
              task.getVariable(FormFields.REFUSAL_REASON),
              LONG_TEXT,
              Texts.text("inforequest.field.refusalReason"));
    } else {
      text =
          FormInput.requiredText(
              FormFields.REPLY_TEXT,
              task.getVariable(FormFields.REPLY_TEXT),
              LONG_TEXT,
              Texts.text("inforequest.field.replyText"));
    }
    if (kind == ReplyKind.PARTIAL) {
      restDue =
          FormInput.requiredFormDate(
              FormFields.REST_DATE,
              task.getVariable(FormFields.REST_DATE),
              Texts.text("inforequest.field.restDate"));
      if (!restDue.isAfter(Clocks.today())) {
        throw DomainException.invalid(
            FormFields.REST_DATE, Texts.text("inforequest.restDateNotAfterToday"));
      }
      task.setVariable(Vars.REST_DUE_AT, Date.from(restDue.atStartOfDay(Clocks.ZONE).toInstant()));
    }
    String actor = actor(task);
    request.reply(kind, text, reason, restDue, actor, Clocks.now());
    requests.save(request);
    String receiverName =
        agreements
            .find(request.getAgreementCode())
            .flatMap(a -> a.party(request.getReceiverAgency()))
            .map(AgreementDirectory.Party::agencyName)
            .orElse(request.getReceiverAgency());
    events.publishEvent(
        new AgreementActivity(
            request.getAgreementCode(),
            AgreementActivity.Kind.INFORMATION_REPLIED,
            actor,
            request.getReceiverAgency(),
            Texts.text(
                "inforequest.timeline.replied", receiverName, kind.label(), request.code())));
    for (String name :
        new String[] {FormFields.REPLY_TEXT, FormFields.REFUSAL_REASON, FormFields.REST_DATE}) {
      task.removeVariable(name);
    }
  }

  private String actor(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SystemEngine.ACTOR;
  }
}
