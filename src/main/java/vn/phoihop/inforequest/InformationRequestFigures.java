package vn.phoihop.inforequest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Readership;
import vn.phoihop.shared.Clocks;

/**
 * What the information requests a user reads amount to in a reporting window, for the reporting
 * feature's KPI roll-ups: metadata only (parties, status, the days items were exchanged), never a
 * question or a reply. Same read rule as the REST API ({@link InformationRequests#reads}).
 */
@Component
@Transactional(readOnly = true)
public class InformationRequestFigures {

  private final InformationRequestRepository requests;
  private final Readership readership;

  InformationRequestFigures(InformationRequestRepository requests, Readership readership) {
    this.requests = requests;
    this.readership = readership;
  }

  /**
   * One request.
   *
   * @param askedInWindow the request itself was sent within the window
   * @param status {@code OPEN}, {@code PARTLY_ANSWERED}, {@code ANSWERED} or {@code REFUSED}
   * @param itemsInWindow the items (the request, each reply or refusal) exchanged within the
   *     window: the KPI "information items exchanged" of both parties
   */
  public record Request(
      String code,
      String agreementCode,
      String requesterCode,
      String receiverCode,
      boolean askedInWindow,
      String status,
      long itemsInWindow) {}

  /**
   * The requests {@code user} reads that were sent, or had an item exchanged, from {@code from} to
   * {@code to} (Hanoi days, both included), oldest first.
   */
  public List<Request> within(PhoiHopUser user, LocalDate from, LocalDate to) {
    Readership.Reader reader = readership.of(user);
    return requests.findAll().stream()
        .filter(r -> InformationRequests.reads(reader, r))
        .sorted(Comparator.comparing(InformationRequest::getCreatedAt))
        .map(
            r ->
                new Request(
                    r.code(),
                    r.getAgreementCode(),
                    r.getRequesterAgency(),
                    r.getReceiverAgency(),
                    within(Clocks.dayOf(r.getCreatedAt()), from, to),
                    r.getStatus().name(),
                    r.getItems().stream()
                        .filter(i -> within(Clocks.dayOf(i.getOccurredAt()), from, to))
                        .count()))
        .filter(r -> r.askedInWindow() || r.itemsInWindow() > 0)
        .toList();
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
