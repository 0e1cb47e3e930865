package vn.phoihop.inforequest;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agreement.AgreementDirectory;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Readership;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * A request as the Tasklist case file shows it beside its reply task: what is asked, by whom, and
 * what was answered so far. Read by the same rules as {@code GET
 * /api/v1/information-requests/{id}}: the one read rule over the two parties, a restricted
 * request's content only to their officers.
 */
@Component
@Transactional(readOnly = true)
public class InformationRequestCaseFiles {

  private final InformationRequestRepository requests;
  private final InformationRequests rules;
  private final Readership readership;
  private final AgreementDirectory agreements;

  InformationRequestCaseFiles(
      InformationRequestRepository requests,
      InformationRequests rules,
      Readership readership,
      AgreementDirectory agreements) {
    this.requests = requests;
    this.rules = rules;
    this.readership = readership;
    this.agreements = agreements;
  }

  /** The request with id {@code requestId}, if it exists and {@code user} may read it. */
  public Optional<File> readable(long requestId, PhoiHopUser user) {
    return requests
        .findById(requestId)
        .filter(r -> InformationRequests.reads(readership.of(user), r))
        .map(r -> file(r, rules.readsContent(user, r)));
  }

  private File file(InformationRequest r, boolean content) {
    Map<String, String> names =
        agreements
            .find(r.getAgreementCode())
            .map(
                a ->
                    a.parties().stream()
                        .collect(
                            Collectors.toMap(
                                AgreementDirectory.Party::agencyCode,
                                AgreementDirectory.Party::agencyName,
                                (x, y) -> x)))
            .orElse(Map.of());
    return new File(
        r.code(),
        r.getAgreementCode(),
        names.getOrDefault(r.getRequesterAgency(), r.getRequesterAgency()),
        names.getOrDefault(r.getReceiverAgency(), r.getReceiverAgency()),
        r.getSubject(),
        r.getStatus().label(),
        r.isRestricted(),
        content ? null : Texts.text("inforequest.withheld"),
        content ? r.getQuestion() : null,
        content ? r.getReplyText() : null,
        content ? r.getRefusalReason() : null,
        VietnameseFormats.date(r.getRestDueOn()),
        r.getCreatedBy(),
        VietnameseFormats.dateTime(r.getCreatedAt()));
  }

  /**
   * One request, dates as Vietnamese readers write them.
   *
   * @param withheld why the content is not shown; {@code null} when it is
   */
  public record File(
      String code,
      String agreementCode,
      String requesterName,
      String receiverName,
      String subject,
      String statusLabel,
      boolean restricted,
      String withheld,
      String question,
      String replyText,
      String refusalReason,
      String restDueOn,
      String createdBy,
      String createdAt) {}
}
