package vn.phoihop.agreement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * Writing the text until it is ready for adoption: a version (draft, redraft, revision or
 * amendment), the lead leader's review, each partner's answer to the consultation (or its silence),
 * and the lead's consolidation of the answers. Each step is taken in the engine's transaction; a
 * refusal names the form field and changes nothing.
 */
@Service
@Transactional
class AgreementDrafting {

  private static final int MAX_TEXT = 1_000_000;

  private final AgreementSupport support;
  private final Notifications notifications;
  private final AgreementDescriptions descriptions;

  AgreementDrafting(
      AgreementSupport support, Notifications notifications, AgreementDescriptions descriptions) {
    this.support = support;
    this.notifications = notifications;
    this.descriptions = descriptions;
  }

  /**
   * Tells a partner's staff and liaison that the draft waits for their comments, and until when.
   */
  void noticeConsultation(
      long agreementId, String partner, List<String> candidateGroups, Date due, String taskId) {
    Agreement agreement = support.load(agreementId);
    notifications.toGroups(
        candidateGroups,
        NotificationKind.INFO,
        Texts.text("agreement.mail.consultation.subject", agreement.getCode()),
        Templates.render(
                "agreement/mail/consultation",
                Map.of(
                    "lead", descriptions.agencyName(agreement, agreement.getLeadAgencyCode()),
                    "partner", descriptions.agencyName(agreement, partner),
                    "title", agreement.getTitle(),
                    "versionNo", agreement.getCurrentVersionNo(),
                    "due", VietnameseFormats.date(Clocks.dayOf(due.toInstant()))))
            .stripTrailing(),
        agreement.getCode(),
        taskId);
  }

  /**
   * A new version of the text: the first draft, a redraft after return, a revision or an amendment.
   */
  void submitVersion(
      long agreementId, VersionKind kind, String content, String note, String actor) {
    Agreement agreement = support.load(agreementId);
    String text =
        FormInput.requiredText(
            FormFields.CONTENT, content, MAX_TEXT, Texts.text("agreement.field.content"));
    String versionNote =
        FormInput.optionalLine(
            FormFields.VERSION_NOTE, note, 4000, Texts.text("agreement.field.versionNote"));
    agreement
        .currentVersion()
        .filter(current -> current.getContentHash().equals(TextVersion.sha256(text)))
        .ifPresent(
            current -> {
              throw DomainException.invalid(
                  FormFields.CONTENT,
                  Texts.text(
                      "agreement.version.unchanged", String.valueOf(current.getVersionNo())));
            });
    Instant now = Clocks.now();
    TextVersion version = agreement.addVersion(kind, text, versionNote, actor, now);
    TimelineAction action =
        switch (kind) {
          case DRAFT -> TimelineAction.DRAFT_SUBMITTED;
          case REVISION -> TimelineAction.REVISED;
          case AMENDMENT -> TimelineAction.AMENDMENT_DRAFTED;
        };
    agreement.record(
        action,
        actor,
        agreement.getLeadAgencyCode(),
        Texts.text(
            "agreement.timeline.versionSubmitted",
            String.valueOf(version.getVersionNo()),
            version.getContentHash().substring(0, 12)),
        versionNote,
        now);
  }

  /** The lead's leader sends the draft to consultation or returns it; a return needs a reason. */
  void review(long agreementId, String decision, String reason, String actor) {
    Agreement agreement = support.load(agreementId);
    Instant now = Clocks.now();
    if (Vars.RETURN.equals(decision)) {
      String why =
          FormInput.requiredText(
              FormFields.REVIEW_REASON, reason, 4000, Texts.text("agreement.field.returnReason"));
      agreement.record(
          TimelineAction.RETURNED, actor, agreement.getLeadAgencyCode(), null, why, now);
    } else {
      agreement.record(
          TimelineAction.SENT_TO_CONSULTATION,
          actor,
          agreement.getLeadAgencyCode(),
          Texts.text(
              "agreement.timeline.sentToConsultation", String.join(", ", agreement.partnerCodes())),
          FormInput.optionalText(
              FormFields.REVIEW_REASON, reason, 4000, Texts.text("agreement.field.guidance")),
          now);
    }
  }

  /** A partner's answer to the consultation on the current version. */
  void comment(long agreementId, String partner, Opinion opinion, String comment, String actor) {
    Agreement agreement = support.load(agreementId);
    if (opinion == Opinion.NO_OBJECTION_BY_SILENCE) {
      throw DomainException.invalid(FormFields.OPINION, Texts.text("agreement.opinion.required"));
    }
    String what = Texts.text("agreement.field.comment");
    String text =
        opinion.needsText()
            ? FormInput.requiredText(FormFields.COMMENT, comment, 20_000, what)
            : FormInput.optionalText(FormFields.COMMENT, comment, 20_000, what);
    Instant now = Clocks.now();
    agreement.addComment(partner, opinion, text, actor, now);
    agreement.record(TimelineAction.COMMENTED, actor, partner, opinion.label(), null, now);
  }

  /** The partner let the consultation deadline pass: recorded as no objection. */
  void recordNoObjection(long agreementId, String partner) {
    Agreement agreement = support.load(agreementId);
    Instant now = Clocks.now();
    agreement.addComment(partner, Opinion.NO_OBJECTION_BY_SILENCE, null, SystemEngine.ACTOR, now);
    agreement.record(
        TimelineAction.NO_OBJECTION_BY_SILENCE,
        SystemEngine.ACTOR,
        partner,
        Texts.text(
            "agreement.timeline.noObjection",
            partner,
            String.valueOf(agreement.getCurrentVersionNo())),
        null,
        now);
  }

  /**
   * The lead consolidates the answers: revise the text, or go to approval. Going to approval over a
   * partner's objection needs an explanation (giải trình).
   */
  void consolidate(long agreementId, String decision, String note, String actor) {
    Agreement agreement = support.load(agreementId);
    String field = FormFields.CONSOLIDATION_NOTE;
    List<AgreementComment> answers =
        agreement.getComments().stream()
            .filter(c -> c.getVersionNo() == agreement.getCurrentVersionNo())
            .toList();
    long objections = answers.stream().filter(c -> c.getOpinion() == Opinion.OBJECTION).count();
    String text;
    if (Vars.REVISE.equals(decision)) {
      text =
          FormInput.requiredText(field, note, 20_000, Texts.text("agreement.field.revisionNote"));
    } else if (objections > 0) {
      text =
          FormInput.requiredText(
              field, note, 20_000, Texts.text("agreement.field.objectionExplanation"));
    } else {
      text =
          FormInput.optionalText(
              field, note, 20_000, Texts.text("agreement.field.consolidationNote"));
    }
    Map<Opinion, Long> counts = new LinkedHashMap<>();
    answers.forEach(c -> counts.merge(c.getOpinion(), 1L, Long::sum));
    List<Map<String, Object>> tally = new ArrayList<>();
    counts.forEach(
        (opinion, n) ->
            tally.add(Map.of("count", n, "opinion", opinion.label().toLowerCase(Locale.ROOT))));
    agreement.record(
        Vars.REVISE.equals(decision)
            ? TimelineAction.CONSOLIDATED_FOR_REVISION
            : TimelineAction.CONSOLIDATED_FOR_APPROVAL,
        actor,
        agreement.getLeadAgencyCode(),
        Templates.render(
                "agreement/timeline/consolidated",
                Map.of("versionNo", agreement.getCurrentVersionNo(), "counts", tally))
            .stripTrailing(),
        text,
        Clocks.now());
  }
}
