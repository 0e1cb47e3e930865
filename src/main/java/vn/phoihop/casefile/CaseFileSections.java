package vn.phoihop.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementCaseFiles;
import vn.phoihop.casefile.CaseFileView.DiffLine;
import vn.phoihop.casefile.CaseFileView.DocumentItem;
import vn.phoihop.casefile.CaseFileView.Documents;
import vn.phoihop.casefile.CaseFileView.Entry;
import vn.phoihop.casefile.CaseFileView.Field;
import vn.phoihop.casefile.CaseFileView.Section;
import vn.phoihop.evaluation.EvaluationCaseFiles;
import vn.phoihop.inforequest.InformationRequestCaseFiles;
import vn.phoihop.referral.ReferralCaseFiles;
import vn.phoihop.shared.Texts;

/** Lays a case out as the tab shows it: sections with Vietnamese labels, in reading order. */
@Component
class CaseFileSections {

  CaseFileView agreement(AgreementCaseFiles.File a) {
    List<Section> sections = new ArrayList<>();
    sections.add(
        section(
            "summary",
            Texts.text("casefile.section.general"),
            fields(
                Texts.text("casefile.field.code"), a.code(),
                Texts.text("casefile.field.title"), a.title(),
                Texts.text("casefile.field.kind"), a.kindLabel(),
                Texts.text("casefile.field.status"), a.statusLabel(),
                Texts.text("casefile.field.approvalPath"), a.approvalPathLabel(),
                Texts.text("casefile.field.term"),
                    Texts.text("casefile.value.term", a.termStart(), a.termEnd()),
                Texts.text("casefile.field.documentNumber"), a.documentNumber(),
                Texts.text("casefile.field.effectiveDate"), a.effectiveDate(),
                Texts.text("casefile.field.summary"), a.summary()),
            null,
            List.of()));
    sections.add(
        section(
            "parties",
            Texts.text("casefile.section.parties"),
            a.parties().stream().map(p -> new Field(p.roleLabel(), p.agencyName())).toList(),
            null,
            List.of()));
    AgreementCaseFiles.Version current =
        a.versions().stream().filter(AgreementCaseFiles.Version::current).findFirst().orElse(null);
    if (current != null) {
      sections.add(
          section(
              "text",
              Texts.text("casefile.section.currentText", String.valueOf(current.versionNo())),
              List.of(),
              current.content(),
              List.of()));
    }
    List<Entry> versions = new ArrayList<>();
    AgreementCaseFiles.Version previous = null;
    for (AgreementCaseFiles.Version v : a.versions()) {
      List<DiffLine> diff =
          previous == null
              ? List.of()
              : LineDiff.between(previous.content(), v.content()).stream()
                  .map(line -> new DiffLine(line.change().name(), line.text()))
                  .toList();
      versions.add(
          new Entry(
              Texts.text(
                  "casefile.version.title",
                  String.valueOf(v.versionNo()),
                  v.kindLabel(),
                  v.inForce() ? Texts.text("casefile.version.inForce") : ""),
              fields(
                  Texts.text("casefile.field.author"), v.author(),
                  Texts.text("casefile.field.createdAt"), v.createdAt(),
                  Texts.text("casefile.field.note"), v.note(),
                  Texts.text("casefile.field.changes"),
                      previous == null
                          ? Texts.text("casefile.version.first")
                          : Texts.text(
                              "casefile.version.comparedWith",
                              String.valueOf(previous.versionNo()))),
              v.content(),
              diff));
      previous = v;
    }
    sections.add(
        section("versions", Texts.text("casefile.section.versions"), List.of(), null, versions));
    sections.add(
        section(
            "comments",
            Texts.text("casefile.section.comments"),
            List.of(),
            a.comments().isEmpty() ? Texts.text("casefile.comments.none") : null,
            a.comments().stream()
                .map(
                    c ->
                        new Entry(
                            Texts.text(
                                "casefile.comment.title",
                                String.valueOf(c.versionNo()),
                                c.agencyName()),
                            fields(
                                Texts.text("casefile.field.opinion"), c.opinionLabel(),
                                Texts.text("casefile.field.author"), c.author(),
                                Texts.text("casefile.field.agency"), c.agencyName(),
                                Texts.text("casefile.field.date"), c.createdAt()),
                            c.content(),
                            List.of()))
                .toList()));
    sections.add(
        section(
            "signatures",
            Texts.text("casefile.section.signatures"),
            List.of(),
            a.signatures().isEmpty() ? Texts.text("casefile.signatures.none") : null,
            a.signatures().stream()
                .map(
                    s ->
                        new Entry(
                            s.agencyName(),
                            fields(
                                Texts.text("casefile.field.signatory"),
                                    join(s.signatoryName(), s.signatoryTitle()),
                                Texts.text("casefile.field.signedOn"), s.signedOn(),
                                Texts.text("casefile.field.version"),
                                    String.valueOf(s.versionNo())),
                            null,
                            List.of()))
                .toList()));
    sections.add(
        timeline(
            a.timeline().stream()
                .map(
                    e ->
                        new Entry(
                            e.at() + " — " + e.actionLabel(),
                            fields(
                                Texts.text("casefile.field.actor"), e.actor(),
                                Texts.text("casefile.field.agency"), e.agencyName(),
                                Texts.text("casefile.field.reason"), e.reason()),
                            e.detail(),
                            List.of()))
                .toList()));
    return new CaseFileView(
        "AGREEMENT",
        a.code(),
        Texts.text("casefile.heading.agreement", a.kindLabel(), a.code(), a.title()),
        sections,
        null,
        labels());
  }

  CaseFileView evaluation(EvaluationCaseFiles.File e) {
    List<Section> sections = new ArrayList<>();
    sections.add(
        section(
            "summary",
            Texts.text("casefile.section.general"),
            fields(
                Texts.text("casefile.field.agreement"), e.agreementCode(),
                Texts.text("casefile.field.period"), e.periodLabel(),
                Texts.text("casefile.field.window"),
                    Texts.text("casefile.value.term", e.periodStart(), e.periodEnd()),
                Texts.text("casefile.field.reportDue"), e.reportDueAt(),
                Texts.text("casefile.field.status"), e.statusLabel(),
                Texts.text("casefile.field.lead"), e.leadAgencyName(),
                Texts.text("casefile.field.rating"), e.ratingLabel(),
                Texts.text("casefile.field.conclusion"), e.conclusionLabel()),
            null,
            List.of()));
    sections.add(
        section(
            "reports",
            Texts.text("casefile.section.reports"),
            List.of(),
            null,
            e.reports().stream()
                .map(
                    r -> {
                      List<Field> fields =
                          new ArrayList<>(
                              fields(
                                  Texts.text("casefile.field.status"), r.statusLabel(),
                                  Texts.text("casefile.field.filedBy"), r.filedBy(),
                                  Texts.text("casefile.field.filedAt"), r.filedAt(),
                                  Texts.text("casefile.field.late"),
                                      r.late() ? Texts.text("casefile.value.yes") : null));
                      r.figures().forEach(f -> fields.add(new Field(f.label(), f.value())));
                      fields.addAll(
                          fields(
                              Texts.text("casefile.field.prefilledReferralFigures"),
                                  r.prefilledReferralFigures(),
                              Texts.text("casefile.field.referralFiguresCorrection"),
                                  r.referralFiguresCorrection(),
                              Texts.text("casefile.field.difficulties"), r.difficulties()));
                      return new Entry(
                          r.lead()
                              ? Texts.text("casefile.report.lead", r.agencyName())
                              : r.agencyName(),
                          fields,
                          r.narrative(),
                          List.of());
                    })
                .toList()));
    return new CaseFileView(
        "EVALUATION",
        e.agreementCode(),
        Texts.text("casefile.heading.evaluation", e.periodLabel(), e.agreementCode()),
        sections,
        null,
        labels());
  }

  CaseFileView referral(ReferralCaseFiles.File r, String basePath) {
    List<Section> sections = new ArrayList<>();
    ReferralCaseFiles.DossierView d = r.dossier();
    sections.add(
        section(
            "summary",
            Texts.text("casefile.section.general"),
            fields(
                Texts.text("casefile.field.code"), r.code(),
                Texts.text("casefile.field.status"), r.statusLabel(),
                Texts.text("casefile.field.openingAgency"), r.openingAgency(),
                Texts.text("casefile.field.subDepartment"), r.subDepartment(),
                Texts.text("casefile.field.openedBy"), r.openedBy(),
                Texts.text("casefile.field.openedAt"), r.openedAt(),
                Texts.text("casefile.field.handoverNumber"), r.handoverNumber(),
                Texts.text("casefile.field.outcome"),
                    r.outcomeLabel() == null ? null : join(r.outcomeLabel(), r.outcomeNumber())),
            null,
            List.of()));
    sections.add(
        section(
            "dossier",
            Texts.text("casefile.section.dossier"),
            fields(
                Texts.text("casefile.field.caseSummary"), d.caseSummary(),
                Texts.text("casefile.field.foundOn"), d.foundOn(),
                Texts.text("casefile.field.foundPlace"), join(d.foundPlace(), d.province()),
                Texts.text("casefile.field.borderArea"), yesNo(d.borderArea()),
                Texts.text("casefile.field.customsControl"), yesNo(d.customsControl()),
                Texts.text("casefile.field.foundDuring"), d.foundDuring(),
                Texts.text("casefile.field.offender"), join(d.offenderName(), d.offenderKind()),
                Texts.text("casefile.field.offenderIdNumber"), d.offenderIdNumber(),
                Texts.text("casefile.field.offenderAddress"), d.offenderAddress(),
                Texts.text("casefile.field.violation"), d.violationCategory(),
                Texts.text("casefile.field.goods"), d.goodsDescription(),
                Texts.text("casefile.field.goodsValue"), d.estimatedValue(),
                Texts.text("casefile.field.crimeSigns"), d.crimeSigns()),
            null,
            List.of()));
    ReferralCaseFiles.Routing routing = r.routing();
    sections.add(
        section(
            "routing",
            Texts.text("casefile.section.routing"),
            fields(
                Texts.text("casefile.field.agencyType"), routing.agencyType(),
                Texts.text("casefile.field.legalBasis"), routing.legalBasis(),
                Texts.text("casefile.field.proposedAgency"), routing.proposedAgency(),
                Texts.text("casefile.field.receivingAgency"), routing.receivingAgency(),
                Texts.text("casefile.field.overrideReason"),
                    routing.overridden() ? routing.overrideReason() : null),
            routing.agencyType() == null ? Texts.text("casefile.routing.none") : null,
            List.of()));
    List<Entry> clocks = new ArrayList<>();
    for (ReferralCaseFiles.Clock c : r.clocks()) {
      clocks.add(
          new Entry(
              c.label(),
              fields(
                  Texts.text("casefile.field.startedAt"), c.startedAt(),
                  Texts.text("casefile.field.dueAt"), c.dueAt(),
                  Texts.text("casefile.field.completedAt"), c.completedAt(),
                  Texts.text("casefile.field.workingDaysLeft"),
                      c.workingDaysLeft() == null ? null : String.valueOf(c.workingDaysLeft()),
                  Texts.text("casefile.field.clockState"),
                      c.overdue()
                          ? Texts.text("casefile.clock.overdue")
                          : c.running()
                              ? Texts.text("casefile.clock.running")
                              : Texts.text("casefile.clock.done")),
              null,
              List.of()));
    }
    for (ReferralCaseFiles.Extension e : r.extensions()) {
      clocks.add(
          new Entry(
              Texts.text(
                  "casefile.extension.title",
                  String.valueOf(e.sequenceNumber()),
                  String.valueOf(e.months())),
              fields(
                  Texts.text("casefile.field.approvingBody"),
                      join(e.approvingBody(), e.approvingBodyType()),
                  Texts.text("casefile.field.approvalNumber"), e.approvalNumber(),
                  Texts.text("casefile.field.previousDueAt"), e.previousDueAt(),
                  Texts.text("casefile.field.newDueAt"), e.newDueAt(),
                  Texts.text("casefile.field.reason"), e.reason()),
              null,
              List.of()));
    }
    sections.add(section("clocks", Texts.text("casefile.section.clocks"), List.of(), null, clocks));
    sections.add(
        timeline(
            r.timeline().stream()
                .map(
                    e ->
                        new Entry(
                            e.at() + " — " + e.actionLabel(),
                            fields(
                                Texts.text("casefile.field.actor"), e.actor(),
                                Texts.text("casefile.field.reason"), e.reason()),
                            e.detail(),
                            List.of()))
                .toList()));
    Documents documents =
        new Documents(
            Texts.text("casefile.section.documents", String.valueOf(r.documents().size())),
            r.documents().stream().map(doc -> document(doc, basePath)).toList(),
            r.addsDocuments() ? basePath + "/documents" : null,
            r.addsDocuments()
                ? Texts.text("casefile.documents.hint")
                : Texts.text("casefile.documents.readOnly"));
    return new CaseFileView(
        "REFERRAL",
        r.code(),
        Texts.text("casefile.heading.referral", r.code(), r.statusLabel()),
        sections,
        documents,
        labels());
  }

  CaseFileView informationRequest(InformationRequestCaseFiles.File r) {
    List<Section> sections = new ArrayList<>();
    sections.add(
        section(
            "summary",
            Texts.text("casefile.section.general"),
            fields(
                Texts.text("casefile.field.code"), r.code(),
                Texts.text("casefile.field.agreement"), r.agreementCode(),
                Texts.text("casefile.field.requester"), r.requesterName(),
                Texts.text("casefile.field.receiver"), r.receiverName(),
                Texts.text("casefile.field.subject"), r.subject(),
                Texts.text("casefile.field.status"), r.statusLabel(),
                Texts.text("casefile.field.restricted"), yesNo(r.restricted()),
                Texts.text("casefile.field.restDueOn"), r.restDueOn(),
                Texts.text("casefile.field.openedBy"), r.createdBy(),
                Texts.text("casefile.field.openedAt"), r.createdAt(),
                Texts.text("casefile.field.withheld"), r.withheld()),
            null,
            List.of()));
    if (r.question() != null) {
      sections.add(
          section(
              "question",
              Texts.text("casefile.section.question"),
              List.of(),
              r.question(),
              List.of()));
    }
    if (r.replyText() != null) {
      sections.add(
          section(
              "reply", Texts.text("casefile.section.reply"), List.of(), r.replyText(), List.of()));
    }
    if (r.refusalReason() != null) {
      sections.add(
          section(
              "refusal",
              Texts.text("casefile.section.refusal"),
              List.of(),
              r.refusalReason(),
              List.of()));
    }
    return new CaseFileView(
        "INFORMATION_REQUEST",
        r.code(),
        Texts.text("casefile.heading.informationRequest", r.code(), r.statusLabel()),
        sections,
        null,
        labels());
  }

  DocumentItem document(ReferralCaseFiles.Document d, String basePath) {
    String path = basePath + "/documents/" + d.id();
    return new DocumentItem(
        d.id(),
        d.fileName(),
        d.kindLabel(),
        d.size(),
        d.uploadedBy(),
        d.uploadedAt(),
        d.sha256(),
        path,
        d.removable() ? path : null);
  }

  /** The words of the tab's controls. */
  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("upload", Texts.text("casefile.label.upload"));
    labels.put("chooseFile", Texts.text("casefile.label.chooseFile"));
    labels.put("uploading", Texts.text("casefile.label.uploading"));
    labels.put("uploaded", Texts.text("casefile.label.uploaded"));
    labels.put("download", Texts.text("casefile.label.download"));
    labels.put("remove", Texts.text("casefile.label.remove"));
    labels.put("confirmRemove", Texts.text("casefile.label.confirmRemove"));
    labels.put("removed", Texts.text("casefile.label.removed"));
    labels.put("noDocuments", Texts.text("casefile.label.noDocuments"));
    labels.put("formDocumentCount", Texts.text("casefile.label.formDocumentCount"));
    labels.put("changes", Texts.text("casefile.label.changes"));
    labels.put("fullText", Texts.text("casefile.label.fullText"));
    labels.put("failed", Texts.text("casefile.label.failed"));
    return labels;
  }

  private static Section timeline(List<Entry> entries) {
    return section("timeline", Texts.text("casefile.section.timeline"), List.of(), null, entries);
  }

  private static Section section(
      String id, String title, List<Field> fields, String text, List<Entry> entries) {
    return new Section(id, title, fields, text, entries);
  }

  /** Label/value pairs, leaving out the values that are empty. */
  private static List<Field> fields(String... labelsAndValues) {
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
      String value = labelsAndValues[i + 1];
      if (value != null && !value.isBlank()) {
        fields.add(new Field(labelsAndValues[i], value));
      }
    }
    return fields;
  }

  private static String join(String first, String second) {
    if (second == null || second.isBlank()) {
      return first;
    }
    if (first == null || first.isBlank()) {
      return second;
    }
    return first + " (" + second + ")";
  }

  private static String yesNo(boolean value) {
    return value ? Texts.text("casefile.value.yes") : Texts.text("casefile.value.no");
  }
}
