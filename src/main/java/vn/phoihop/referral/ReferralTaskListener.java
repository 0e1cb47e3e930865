package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralProcess.FormFields;

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
          FormFields.CASE_SUMMARY,
          FormFields.FOUND_ON,
          FormFields.FOUND_PLACE,
          FormFields.PROVINCE,
          FormFields.OFFENDER_KIND,
          FormFields.OFFENDER_NAME,
          FormFields.OFFENDER_ID_NUMBER,
          FormFields.OFFENDER_ADDRESS,
          FormFields.GOODS_DESCRIPTION,
          FormFields.ESTIMATED_VALUE,
          FormFields.CRIME_SIGNS,
          FormFields.FOUND_DURING);

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
    long id = ((Number) task.getVariable(ReferralProcess.Vars.REFERRAL_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      created(task, id);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      completed(task, id);
    }
  }

  private void created(DelegateTask task, long id) {
    switch (task.getTaskDefinitionKey()) {
      case ReferralProcess.Elements.PREPARE_DOSSIER ->
          dossierFields(service.require(id)).forEach(task::setVariable);
      case ReferralProcess.Elements.CONFIRM_ROUTING -> {
        CaseReferral referral = service.require(id);
        task.setVariable(
            FormFields.PROPOSED_AGENCY_NAME,
            referral.getProposedAgency() == null
                ? "không tìm thấy "
                    + descriptions.agencyType(referral.getRoutedAgencyType())
                    + " trong danh mục — hãy chọn đơn vị tiếp nhận"
                : descriptions.agency(referral.getProposedAgency()));
        task.setVariable(
            FormFields.RECEIVING_AGENCY_OPTIONS,
            SpinValues.jsonValue(toJson(ReferralDescriptions.options(service.receivingOptions(id))))
                .create());
      }
      case ReferralProcess.Elements.ACKNOWLEDGE_RECEIPT ->
          service.acknowledgeDueAt(id, task.getDueDate());
      case ReferralProcess.Elements.RECORD_DECISION ->
          task.setVariable(
              FormFields.DECISION_DUE_TEXT,
              VietnameseFormats.dateTime(
                  (Date) task.getVariable(ReferralProcess.Vars.DECISION_DUE_AT)));
      case ReferralProcess.Elements.RETURN_DOSSIER -> service.returnDueAt(id, task.getDueDate());
      case ReferralProcess.Elements.HANDLE_ADMINISTRATIVELY ->
          service.sanctionDueAt(id, task.getDueDate());
      default -> {}
    }
    CaseReferral referral = service.require(id);
    task.setVariable(ReferralProcess.Vars.DOSSIER_SUMMARY, descriptions.summary(referral));
    task.setVariable(ReferralProcess.Vars.DOCUMENT_LIST, descriptions.documentList(referral));
  }

  private void completed(DelegateTask task, long id) {
    String actor = actor(task);
    switch (task.getTaskDefinitionKey()) {
      case ReferralProcess.Elements.PREPARE_DOSSIER -> {
        Dossier dossier =
            service.updateDossier(id, DossierInput.fromVariables(task.getVariables()), actor);
        task.setVariable(ReferralProcess.Vars.VIOLATION_CATEGORY, dossier.violationCategory());
        task.setVariable(ReferralProcess.Vars.BORDER_AREA, dossier.borderArea());
        task.setVariable(ReferralProcess.Vars.CUSTOMS_CONTROL, dossier.customsControl());
        task.setVariable(
            ReferralProcess.Vars.TRANSFER_DUE_AT, Date.from(service.transferDueAt(id)));
        remove(task, DOSSIER_FIELDS);
      }
      case ReferralProcess.Elements.CONFIRM_ROUTING -> {
        String receiving =
            service.confirmRouting(
                id,
                Boolean.TRUE.equals(
                    DossierInput.bool(
                        task.getVariable(FormFields.ROUTING_OVERRIDE),
                        FormFields.ROUTING_OVERRIDE)),
                text(task, FormFields.OVERRIDE_AGENCY),
                text(task, FormFields.OVERRIDE_REASON),
                actor);
        task.setVariable(ReferralProcess.Vars.RECEIVING_AGENCY, receiving);
        // An overriding unit may sit in another province: its managers may read the instance too.
        instanceAccess.grantProvinces(task.getProcessInstanceId(), List.of(receiving));
        remove(
            task,
            List.of(
                FormFields.PROPOSED_AGENCY_NAME,
                FormFields.RECEIVING_AGENCY_OPTIONS,
                FormFields.ROUTING_OVERRIDE,
                FormFields.OVERRIDE_AGENCY,
                FormFields.OVERRIDE_REASON));
      }
      case ReferralProcess.Elements.REVIEW_DOSSIER -> {
        service.review(
            id,
            text(task, ReferralProcess.Vars.REVIEW_OUTCOME),
            text(task, FormFields.REVIEW_REASON),
            actor);
        remove(task, List.of(FormFields.REVIEW_REASON));
      }
      case ReferralProcess.Elements.DECIDE_TRANSFER -> {
        service.decideTransfer(
            id,
            text(task, ReferralProcess.Vars.TRANSFER_DECISION),
            text(task, FormFields.TRANSFER_DECISION_REASON),
            actor);
        remove(task, List.of(FormFields.TRANSFER_DECISION_REASON));
      }
      case ReferralProcess.Elements.ACKNOWLEDGE_RECEIPT -> {
        Date decisionDue =
            service.acknowledge(
                id,
                task.getVariable(FormFields.RECEIPT_CONFIRMED),
                text(task, FormFields.RECEIPT_NOTE),
                actor);
        task.setVariable(ReferralProcess.Vars.DECISION_DUE_AT, decisionDue);
        remove(task, List.of(FormFields.RECEIPT_CONFIRMED, FormFields.RECEIPT_NOTE));
      }
      case ReferralProcess.Elements.RECORD_DECISION -> {
        String outcome = text(task, ReferralProcess.Vars.DECISION_OUTCOME);
        if (ReferralProcess.Vars.EXTENDED.equals(outcome)) {
          Number months = DossierInput.number(task.getVariable(FormFields.EXTENSION_MONTHS));
          Date newDue =
              service.extend(
                  id,
                  new ExtensionInput(
                      months == null ? 0 : wholeMonths(months),
                      text(task, FormFields.EXTENSION_REASON),
                      text(task, FormFields.APPROVING_BODY_TYPE),
                      text(task, FormFields.APPROVING_BODY),
                      text(task, FormFields.APPROVAL_NUMBER)),
                  actor);
          task.setVariable(ReferralProcess.Vars.DECISION_DUE_AT, newDue);
        } else {
          service.decide(
              id,
              outcome,
              text(task, FormFields.DECISION_NUMBER),
              text(task, FormFields.DECISION_NOTE),
              actor);
        }
        remove(
            task,
            List.of(
                FormFields.DECISION_DUE_TEXT,
                FormFields.DECISION_NUMBER,
                FormFields.DECISION_NOTE,
                FormFields.EXTENSION_MONTHS,
                FormFields.EXTENSION_REASON,
                FormFields.APPROVING_BODY_TYPE,
                FormFields.APPROVING_BODY,
                FormFields.APPROVAL_NUMBER));
      }
      case ReferralProcess.Elements.RETURN_DOSSIER -> {
        service.returned(id, text(task, FormFields.RETURN_NOTE), actor);
        remove(task, List.of(FormFields.RETURN_NOTE));
      }
      case ReferralProcess.Elements.HANDLE_ADMINISTRATIVELY -> {
        service.sanction(
            id,
            text(task, FormFields.PENALTY_DECISION_NUMBER),
            text(task, FormFields.PENALTY_DECISION_DATE),
            text(task, FormFields.PENALTY_NOTE),
            actor);
        remove(
            task,
            List.of(
                FormFields.PENALTY_DECISION_NUMBER,
                FormFields.PENALTY_DECISION_DATE,
                FormFields.PENALTY_NOTE));
      }
      default ->
          throw new IllegalStateException(
              "No form handling for task " + task.getTaskDefinitionKey());
    }
  }

  static Map<String, Object> dossierFields(CaseReferral referral) {
    Dossier d = referral.dossier();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(FormFields.CASE_SUMMARY, d.caseSummary());
    fields.put(FormFields.FOUND_ON, d.foundOn().toString());
    fields.put(FormFields.FOUND_PLACE, d.foundPlace());
    fields.put(FormFields.PROVINCE, d.provinceCode());
    fields.put(FormFields.OFFENDER_KIND, d.offenderKind().name());
    fields.put(FormFields.OFFENDER_NAME, d.offenderName());
    fields.put(FormFields.OFFENDER_ID_NUMBER, d.offenderIdNumber());
    fields.put(FormFields.OFFENDER_ADDRESS, d.offenderAddress());
    fields.put(FormFields.GOODS_DESCRIPTION, d.goodsDescription());
    fields.put(FormFields.ESTIMATED_VALUE, d.estimatedValueVnd());
    fields.put(FormFields.CRIME_SIGNS, d.crimeSigns());
    fields.put(FormFields.FOUND_DURING, d.foundDuring().name());
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
