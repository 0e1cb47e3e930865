package vn.phoihop.inforequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Readership;

/**
 * The information requests still waiting for (the rest of) a reply that a user reads, for the
 * managers' dashboard. Same read rule as the REST API ({@link InformationRequests#reads}); only
 * metadata — parties, subject, status, dates — never the question or a reply, so a restricted
 * request shows here as it shows to anyone who is no officer of its parties.
 */
@Component
@Transactional(readOnly = true)
public class OutstandingInformationRequests {

  private static final EnumSet<RequestStatus> OUTSTANDING =
      EnumSet.of(RequestStatus.OPEN, RequestStatus.PARTLY_ANSWERED);

  private final InformationRequestRepository requests;
  private final Readership readership;

  OutstandingInformationRequests(InformationRequestRepository requests, Readership readership) {
    this.requests = requests;
    this.readership = readership;
  }

  /**
   * One outstanding request.
   *
   * @param restDueOn the day the rest of a partial reply was promised for; {@code null} while no
   *     reply came
   */
  public record Outstanding(
      long id,
      String code,
      String agreementCode,
      String requesterCode,
      String receiverCode,
      String subject,
      String status,
      String statusLabel,
      boolean restricted,
      Instant createdAt,
      LocalDate restDueOn) {}

  /** The outstanding requests {@code user} reads, oldest first. */
  public List<Outstanding> readable(PhoiHopUser user) {
    Readership.Reader reader = readership.of(user);
    return requests.findAll().stream()
        .filter(r -> OUTSTANDING.contains(r.getStatus()))
        .filter(r -> InformationRequests.reads(reader, r))
        .sorted(Comparator.comparing(InformationRequest::getCreatedAt))
        .map(
            r ->
                new Outstanding(
                    r.getId(),
                    r.code(),
                    r.getAgreementCode(),
                    r.getRequesterAgency(),
                    r.getReceiverAgency(),
                    r.getSubject(),
                    r.getStatus().name(),
                    r.getStatus().label(),
                    r.isRestricted(),
                    r.getCreatedAt(),
                    r.getRestDueOn()))
        .toList();
  }
}
