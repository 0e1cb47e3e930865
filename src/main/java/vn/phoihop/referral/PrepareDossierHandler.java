package vn.phoihop.referral;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Variables;
import vn.phoihop.shared.VietnameseFormats;

/**
 * {@code Task_PrepareDossier}: the officer completes the dossier. The form is filled with the
 * dossier as recorded; on completion the dossier is checked and saved, and the routing table's
 * inputs and the transfer clock follow it.
 */
@Component
class PrepareDossierHandler implements ReferralTaskHandler {

  private final ReferralLookup lookup;
  private final ReferralOpening opening;
  private final ReferralClocks clocks;

  PrepareDossierHandler(ReferralLookup lookup, ReferralOpening opening, ReferralClocks clocks) {
    this.lookup = lookup;
    this.opening = opening;
    this.clocks = clocks;
  }

  @Override
  public String taskKey() {
    return Elements.PREPARE_DOSSIER;
  }

  @Override
  public void created(DelegateTask task, long referralId) {
    formFields(lookup.require(referralId).dossier()).forEach(task::setVariable);
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    Dossier dossier =
        opening.updateDossier(referralId, DossierInput.fromVariables(task.getVariables()), actor);
    Variables.VIOLATION_CATEGORY.set(task, dossier.violationCategory());
    Variables.BORDER_AREA.set(task, dossier.borderArea());
    Variables.CUSTOMS_CONTROL.set(task, dossier.customsControl());
    Variables.TRANSFER_DUE_AT.set(task, Date.from(clocks.transferDueAt(referralId)));
    ReferralTaskHandler.removeFields(task, FormFields.DOSSIER);
  }

  /**
   * The dossier as the form's fields, as an officer types them: the day as {@code dd/mm/yyyy}, the
   * value grouped by thousands ({@code 1.850.000.000}), choices as enum names.
   */
  static Map<String, Object> formFields(Dossier d) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(FormFields.CASE_SUMMARY, d.caseSummary());
    fields.put(FormFields.FOUND_ON, VietnameseFormats.date(d.foundOn()));
    fields.put(FormFields.FOUND_PLACE, d.foundPlace());
    fields.put(FormFields.PROVINCE, d.provinceCode());
    fields.put(FormFields.OFFENDER_KIND, d.offenderKind().name());
    fields.put(FormFields.OFFENDER_NAME, d.offenderName());
    fields.put(FormFields.OFFENDER_ID_NUMBER, d.offenderIdNumber());
    fields.put(FormFields.OFFENDER_ADDRESS, d.offenderAddress());
    fields.put(FormFields.GOODS_DESCRIPTION, d.goodsDescription());
    fields.put(FormFields.ESTIMATED_VALUE, VietnameseFormats.grouped(d.estimatedValueVnd()));
    fields.put(FormFields.CRIME_SIGNS, d.crimeSigns());
    fields.put(FormFields.FOUND_DURING, d.foundDuring().name());
    return fields;
  }
}
