package vn.phoihop.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Readership;
import vn.phoihop.shared.VietnameseFormats;

/**
 * An agreement as the Tasklist case file shows it beside a task: what is being decided (every
 * version's text), who said what about it, who signed, what happened. Read by the one read rule
 * ({@link Readership}) over the agreement's parties, like {@code GET /api/v1/agreements/{code}};
 * agencies by their Vietnamese names, dates as Vietnamese readers write them.
 */
@Component
@Transactional(readOnly = true)
public class AgreementCaseFiles {

  private final AgreementRepository agreements;
  private final Readership readership;
  private final AgencyRegistry agencies;

  AgreementCaseFiles(
      AgreementRepository agreements, Readership readership, AgencyRegistry agencies) {
    this.agreements = agreements;
    this.readership = readership;
    this.agencies = agencies;
  }

  /** The agreement with id {@code agreementId}, if it exists and {@code user} may read it. */
  public Optional<File> readable(long agreementId, PhoiHopUser user) {
    Readership.Reader reader = readership.of(user);
    return agreements
        .findById(agreementId)
        .filter(a -> AgreementQueries.reads(reader, a))
        .map(this::file);
  }

  private File file(Agreement a) {
    Map<String, String> partyNames =
        a.getParties().stream()
            .collect(
                Collectors.toMap(
                    AgreementParty::getAgencyCode, AgreementParty::getAgencyName, (x, y) -> x));
    Function<String, String> name =
        code ->
            code == null
                ? ""
                : partyNames.containsKey(code) ? partyNames.get(code) : agencies.nameOf(code);
    return new File(
        a.getCode(),
        a.getTitle(),
        a.getSummary(),
        a.getKind().label(),
        a.getStatus().name(),
        a.getStatus().label(),
        a.getApprovalPath().label(),
        VietnameseFormats.date(a.getTermStart()),
        VietnameseFormats.date(a.getTermEnd()),
        a.getCurrentVersionNo(),
        a.getDocumentNumber(),
        VietnameseFormats.date(a.getEffectiveDate()),
        a.getParties().stream()
            .map(p -> new Party(p.getAgencyName(), p.getRole().label()))
            .toList(),
        a.getVersions().stream()
            .map(
                v ->
                    new Version(
                        v.getVersionNo(),
                        v.getKind().label(),
                        v.getAuthor(),
                        VietnameseFormats.dateTime(v.getCreatedAt()),
                        v.getNote(),
                        v.getContent(),
                        v.getVersionNo() == a.getCurrentVersionNo(),
                        java.util.Objects.equals(a.getInForceVersionNo(), v.getVersionNo())))
            .toList(),
        a.getComments().stream()
            .map(
                c ->
                    new Comment(
                        c.getVersionNo(),
                        name.apply(c.getAgencyCode()),
                        c.getOpinion().label(),
                        c.getContent(),
                        c.getAuthor(),
                        VietnameseFormats.dateTime(c.getCreatedAt())))
            .toList(),
        a.getSignatures().stream()
            .map(
                s ->
                    new Signing(
                        s.getVersionNo(),
                        name.apply(s.getAgencyCode()),
                        s.getSignatoryName(),
                        s.getSignatoryTitle(),
                        VietnameseFormats.date(s.getSignedOn())))
            .toList(),
        a.getTimeline().stream()
            .map(
                e ->
                    new Event(
                        VietnameseFormats.dateTime(e.getOccurredAt()),
                        e.getActor(),
                        e.getAgencyCode() == null ? "" : name.apply(e.getAgencyCode()),
                        e.getAction().label(),
                        e.getDetail(),
                        e.getReason()))
            .toList());
  }

  /** An agreement's case file; dates are already written {@code dd/MM/yyyy}. */
  public record File(
      String code,
      String title,
      String summary,
      String kindLabel,
      String status,
      String statusLabel,
      String approvalPathLabel,
      String termStart,
      String termEnd,
      int currentVersionNo,
      String documentNumber,
      String effectiveDate,
      List<Party> parties,
      List<Version> versions,
      List<Comment> comments,
      List<Signing> signatures,
      List<Event> timeline) {}

  public record Party(String agencyName, String roleLabel) {}

  public record Version(
      int versionNo,
      String kindLabel,
      String author,
      String createdAt,
      String note,
      String content,
      boolean current,
      boolean inForce) {}

  /** A partner's comment on one version: the consultation round is the version commented on. */
  public record Comment(
      int versionNo,
      String agencyName,
      String opinionLabel,
      String content,
      String author,
      String createdAt) {}

  public record Signing(
      int versionNo,
      String agencyName,
      String signatoryName,
      String signatoryTitle,
      String signedOn) {}

  public record Event(
      String at,
      String actor,
      String agencyName,
      String actionLabel,
      String detail,
      String reason) {}
}
