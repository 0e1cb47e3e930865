package vn.phoihop.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.agency.CodeName;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The Vietnamese texts an agreement's task forms show, computed when a task opens so that they are
 * current: the readable summary (parties by name, term, the version under way, signatures, the
 * evaluations so far), the full text of the version being decided, and the partners' comments on it
 * (author agency by name, opinion, comment, date). Agencies are named by their Vietnamese names
 * everywhere a user reads them.
 */
@Component
class AgreementDescriptions {

  private final AgencyRegistry registry;

  AgreementDescriptions(AgencyRegistry registry) {
    this.registry = registry;
  }

  /** The agreement as forms show it (Markdown, {@code templates/agreement/task/summary}). */
  String summary(Agreement a) {
    Map<String, Object> values = new HashMap<>();
    values.put("kind", a.getKind().label());
    values.put("code", a.getCode());
    values.put("status", a.getStatus().label());
    values.put("title", a.getTitle());
    values.put("lead", agencyName(a, a.getLeadAgencyCode()));
    values.put(
        "partners",
        a.partnerCodes().stream()
            .map(code -> agencyName(a, code))
            .collect(Collectors.joining("; ")));
    values.put("approvalPath", a.getApprovalPath().label());
    values.put("termStart", VietnameseFormats.date(a.getTermStart()));
    values.put("termEnd", VietnameseFormats.date(a.getTermEnd()));
    values.put("cadence", a.getEvaluationCadence().label().toLowerCase(java.util.Locale.ROOT));
    values.put("fields", fieldNames(a));
    values.put("scope", a.getSummary());
    a.currentVersion()
        .ifPresent(
            v -> {
              Map<String, Object> version = new HashMap<>();
              version.put("versionNo", v.getVersionNo());
              version.put(
                  "kind",
                  Integer.valueOf(v.getVersionNo()).equals(a.getInForceVersionNo())
                      ? Texts.text("agreement.version.inForce")
                      : v.getKind().label());
              version.put("author", v.getAuthor());
              version.put("createdAt", VietnameseFormats.dateTime(v.getCreatedAt()));
              version.put("note", v.getNote());
              version.put("hash", v.getContentHash());
              values.put("version", version);
              List<Map<String, Object>> signatures = new ArrayList<>();
              for (Signature s : a.signaturesOf(v.getVersionNo())) {
                signatures.add(
                    Map.of(
                        "agency", agencyName(a, s.getAgencyCode()),
                        "name", s.getSignatoryName(),
                        "title", s.getSignatoryTitle(),
                        "signedOn", VietnameseFormats.date(s.getSignedOn())));
              }
              values.put("hasSignatures", !signatures.isEmpty());
              values.put("signatures", signatures);
            });
    if (a.getInForceVersionNo() != null) {
      Map<String, Object> inForce = new HashMap<>();
      inForce.put("versionNo", a.getInForceVersionNo());
      inForce.put("documentNumber", a.getDocumentNumber());
      inForce.put(
          "effectiveDate",
          a.getEffectiveDate() == null ? null : VietnameseFormats.date(a.getEffectiveDate()));
      values.put("inForce", inForce);
    }
    List<Map<String, Object>> evaluations = new ArrayList<>();
    for (TimelineEntry e : a.getTimeline()) {
      if (e.getAction() == TimelineAction.EVALUATED && e.getDetail() != null) {
        evaluations.add(
            Map.of("at", VietnameseFormats.date(e.getOccurredAt()), "detail", e.getDetail()));
      }
    }
    values.put("hasEvaluations", !evaluations.isEmpty());
    values.put("evaluations", evaluations);
    return Templates.render("agreement/task/summary", values).strip();
  }

  /** The full text of the version under way (the one being reviewed, commented on or signed). */
  String currentText(Agreement a) {
    return a.currentVersion().map(TextVersion::getContent).orElse("");
  }

  /**
   * Every partner's comment on the version under way, oldest first (Markdown, {@code
   * templates/agreement/task/comments}).
   */
  String comments(Agreement a) {
    int versionNo = a.getCurrentVersionNo();
    List<AgreementComment> round =
        a.getComments().stream()
            .filter(c -> c.getVersionNo() == versionNo)
            .sorted(Comparator.comparing(AgreementComment::getCreatedAt))
            .toList();
    List<Map<String, Object>> lines = new ArrayList<>();
    for (AgreementComment c : round) {
      Map<String, Object> line = new HashMap<>();
      line.put("position", lines.size() + 1);
      line.put("agency", agencyName(a, c.getAgencyCode()));
      line.put("opinion", c.getOpinion().label());
      line.put("at", VietnameseFormats.dateTime(c.getCreatedAt()));
      line.put("author", c.getAuthor());
      line.put(
          "lines",
          c.getContent() == null || c.getContent().isBlank()
              ? List.of()
              : List.of(c.getContent().strip().split("\\R")));
      lines.add(line);
    }
    return Templates.render(
            "agreement/task/comments",
            Map.of(
                "versionNo",
                versionNo,
                "count",
                round.size(),
                "none",
                round.isEmpty(),
                "comments",
                lines))
        .strip();
  }

  /**
   * "Sở Công Thương tỉnh Tây Ninh": a party's name as recorded, else the registry's, else the code.
   */
  String agencyName(Agreement a, String code) {
    if (code == null) {
      return "";
    }
    Optional<String> party =
        a.getParties().stream()
            .filter(p -> p.getAgencyCode().equals(code) && p.getAgencyName() != null)
            .map(AgreementParty::getAgencyName)
            .findFirst();
    return party.orElseGet(() -> registry.find(code).map(AgencyView::name).orElse(code));
  }

  private String fieldNames(Agreement a) {
    Map<String, String> names =
        registry.fields().stream().collect(Collectors.toMap(CodeName::code, CodeName::name));
    return a.getFields().stream()
        .map(code -> names.getOrDefault(code, code))
        .collect(Collectors.joining(", "));
  }
}
