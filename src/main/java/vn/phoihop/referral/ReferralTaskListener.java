package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralProcess.Form;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.phoihop.identity.InstanceAccess;
import vn.phoihop.referral.ReferralService.ExtensionInput;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The forms' server side. On {@code create}: puts what the task's form shows into small variables
 * (summary, documents, the fields to edit) and records the task's clock on the aggregate. On {@code
 * complete}: validates what the form submitted through {@link ReferralService} (a 400-style message
 * keeps the task open), writes back only the routing variables, and removes the form's fields so
 * that the instance keeps ids and routing values only.
 */
@Component("referralTaskListener")
class ReferralTaskListener implements TaskListener {

  /** Dossier fields edited in forms; the DMN inputs among them stay as routing variables. */
  static final List<String> DOSSIER_FIELDS =
      List.of(
          Form.CASE_SUMMARY,
          Form.FOUND_ON,
          Form.FOUND_PLACE,
          Form.PROVINCE,
          Form.OFFENDER_KIND,
          Form.OFFENDER_NAME,
          Form.OFFENDER_ID_NUMBER,
          Form.OFFENDER_ADDRESS,
          Form.GOODS_DESCRIPTION,
          Form.ESTIMATED_VALUE,
          Form.CRIME_SIGNS,
          Form.FOUND_DURING);

  private final ReferralService service;
  private final ReferralDescriptions descriptions;
  private final InstanceAccess instanceAccess;

  ReferralTaskListener(
      ReferralService service, ReferralDescriptions descriptions, InstanceAccess instanceAccess) {
    this.service = service;
    this.descriptions = descriptions;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ((Number) task.getVariable(ReferralProcess.VAR_REFERRAL_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      created(task, id);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      completed(task, id);
    }
  }

  private void created(DelegateTask task, long id) {
    switch (task.getTaskDefinitionKey()) {
      case ReferralProcess.TASK_PREPARE_DOSSIER ->
          dossierFields(service.require(id)).forEach(task::setVariable);
      case ReferralProcess.TASK_CONFIRM_ROUTING -> {
        CaseReferral referral = service.require(id);
        task.setVariable(
            Form.PROPOSED_AGENCY_NAME,
            referral.getProposedAgency() == null
                ? "không tìm thấy "
                    + descriptions.agencyType(referral.getRoutedAgencyType())
                    + " trong danh mục — hãy chọn đơn vị tiếp nhận"
                : descriptions.agency(referral.getProposedAgency()));
        task.setVariable(
            Form.RECEIVING_AGENCY_OPTIONS,
            SpinValues.jsonValue(toJson(ReferralDescriptions.options(service.receivingOptions(id))))
                .create());
      }
      case ReferralProcess.TASK_ACKNOWLEDGE_RECEIPT ->
          service.acknowledgeDueAt(id, task.getDueDate());
      case ReferralProcess.TASK_RECORD_DECISION ->
          task.setVariable(
              Form.DECISION_DUE_TEXT,
              VietnameseFormats.dateTime(
                  (Date) task.getVariable(ReferralProcess.VAR_DECISION_DUE_AT)));
      case ReferralProcess.TASK_RETURN_DOSSIER -> service.returnDueAt(id, task.getDueDate());
      case ReferralProcess.TASK_HANDLE_ADMINISTRATIVELY ->
          service.sanctionDueAt(id, task.getDueDate());
      default -> {}
    }
    CaseReferral referral = service.require(id);
    task.setVariable(ReferralProcess.VAR_DOSSIER_SUMMARY, descriptions.summary(referral));
    task.setVariable(ReferralProcess.VAR_DOCUMENT_LIST, descriptions.documentList(referral));
  }

  private void completed(DelegateTask task, long id) {
    String actor = actor(task);
    switch (task.getTaskDefinitionKey()) {
      case ReferralProcess.TASK_PREPARE_DOSSIER -> {
        Dossier dossier =
            service.updateDossier(id, DossierInput.fromVariables(task.getVariables()), actor);
        task.setVariable(ReferralProcess.VAR_VIOLATION_CATEGORY, dossier.violationCategory());
        task.setVariable(ReferralProcess.VAR_BORDER_AREA, dossier.borderArea());
        task.setVariable(ReferralProcess.VAR_CUSTOMS_CONTROL, dossier.customsControl());
        task.setVariable(ReferralProcess.VAR_TRANSFER_DUE_AT, Date.from(service.transferDueAt(id)));
        remove(task, DOSSIER_FIELDS);
      }
      case ReferralProcess.TASK_CONFIRM_ROUTING -> {
        String receiving =
            service.confirmRouting(
                id,
                Boolean.TRUE.equals(
                    DossierInput.bool(
                        task.getVariable(Form.ROUTING_OVERRIDE), Form.ROUTING_OVERRIDE)),
                text(task, Form.OVERRIDE_AGENCY),
                text(task, Form.OVERRIDE_REASON),
                actor);
        task.setVariable(ReferralProcess.VAR_RECEIVING_AGENCY, receiving);
        // An overriding unit may sit in another province: its managers may read the instance too.
        instanceAccess.grantProvinces(task.getProcessInstanceId(), List.of(receiving));
        remove(
            task,
            List.of(
                Form.PROPOSED_AGENCY_NAME,
                Form.RECEIVING_AGENCY_OPTIONS,
                Form.ROUTING_OVERRIDE,
                Form.OVERRIDE_AGENCY,
                Form.OVERRIDE_REASON));
      }
      case ReferralProcess.TASK_REVIEW_DOSSIER -> {
        service.review(
            id,
            text(task, ReferralProcess.VAR_REVIEW_OUTCOME),
            text(task, Form.REVIEW_REASON),
            actor);
        remove(task, List.of(Form.REVIEW_REASON));
      }
      case ReferralProcess.TASK_DECIDE_TRANSFER -> {
        service.decideTransfer(
            id,
            text(task, ReferralProcess.VAR_TRANSFER_DECISION),
            text(task, Form.TRANSFER_DECISION_REASON),
            actor);
        remove(task, List.of(Form.TRANSFER_DECISION_REASON));
      }
      case ReferralProcess.TASK_ACKNOWLEDGE_RECEIPT -> {
        Date decisionDue =
            service.acknowledge(
                id, task.getVariable(Form.RECEIPT_CONFIRMED), text(task, Form.RECEIPT_NOTE), actor);
        task.setVariable(ReferralProcess.VAR_DECISION_DUE_AT, decisionDue);
        remove(task, List.of(Form.RECEIPT_CONFIRMED, Form.RECEIPT_NOTE));
      }
      case ReferralProcess.TASK_RECORD_DECISION -> {
        String outcome = text(task, ReferralProcess.VAR_DECISION_OUTCOME);
        if (ReferralProcess.EXTENDED.equals(outcome)) {
          Number months = DossierInput.number(task.getVariable(Form.EXTENSION_MONTHS));
          Date newDue =
              service.extend(
                  id,
                  new ExtensionInput(
                      months == null ? 0 : wholeMonths(months),
                      text(task, Form.EXTENSION_REASON),
                      text(task, Form.APPROVING_BODY_TYPE),
                      text(task, Form.APPROVING_BODY),
                      text(task, Form.APPROVAL_NUMBER)),
                  actor);
          task.setVariable(ReferralProcess.VAR_DECISION_DUE_AT, newDue);
        } else {
          service.decide(
              id, outcome, text(task, Form.DECISION_NUMBER), text(task, Form.DECISION_NOTE), actor);
        }
        remove(
            task,
            List.of(
                Form.DECISION_DUE_TEXT,
                Form.DECISION_NUMBER,
                Form.DECISION_NOTE,
                Form.EXTENSION_MONTHS,
                Form.EXTENSION_REASON,
                Form.APPROVING_BODY_TYPE,
                Form.APPROVING_BODY,
                Form.APPROVAL_NUMBER));
      }
      case ReferralProcess.TASK_RETURN_DOSSIER -> {
        service.returned(id, text(task, Form.RETURN_NOTE), actor);
        remove(task, List.of(Form.RETURN_NOTE));
      }
      case ReferralProcess.TASK_HANDLE_ADMINISTRATIVELY -> {
        service.sanction(
            id,
            text(task, Form.PENALTY_DECISION_NUMBER),
            text(task, Form.PENALTY_DECISION_DATE),
            text(task, Form.PENALTY_NOTE),
            actor);
        remove(
            task,
            List.of(Form.PENALTY_DECISION_NUMBER, Form.PENALTY_DECISION_DATE, Form.PENALTY_NOTE));
      }
      default ->
          throw new IllegalStateException(
              "No form handling for task " + task.getTaskDefinitionKey());
    }
  }

  static Map<String, Object> dossierFields(CaseReferral referral) {
    Dossier d = referral.dossier();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(Form.CASE_SUMMARY, d.caseSummary());
    fields.put(Form.FOUND_ON, d.foundOn().toString());
    fields.put(Form.FOUND_PLACE, d.foundPlace());
    fields.put(Form.PROVINCE, d.provinceCode());
    fields.put(Form.OFFENDER_KIND, d.offenderKind().name());
    fields.put(Form.OFFENDER_NAME, d.offenderName());
    fields.put(Form.OFFENDER_ID_NUMBER, d.offenderIdNumber());
    fields.put(Form.OFFENDER_ADDRESS, d.offenderAddress());
    fields.put(Form.GOODS_DESCRIPTION, d.goodsDescription());
    fields.put(Form.ESTIMATED_VALUE, d.estimatedValueVnd());
    fields.put(Form.CRIME_SIGNS, d.crimeSigns());
    fields.put(Form.FOUND_DURING, d.foundDuring().name());
    return fields;
  }

  /** Who completed the task: the authenticated user (Tasklist, REST), else its assignee. */
  static String actor(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SystemEngine.ACTOR;
  }

  private static int wholeMonths(Number months) {
    double value = months.doubleValue();
    return value == Math.rint(value) ? (int) value : -1;
  }

  private static String text(DelegateTask task, String name) {
    return DossierInput.text(task.getVariable(name), name);
  }

  private static void remove(DelegateTask task, List<String> names) {
    task.getExecution().removeVariables(names);
  }

  private static String toJson(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
