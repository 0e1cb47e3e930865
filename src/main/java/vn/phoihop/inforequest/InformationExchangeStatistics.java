package vn.phoihop.inforequest;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.InformationExchangeCounts;

/** The requests and replies of one party of an agreement in a window, for its KPI. */
@Component
@Transactional(readOnly = true)
class InformationExchangeStatistics implements InformationExchangeCounts {

  private final InformationRequestRepository requests;

  InformationExchangeStatistics(InformationRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  public long exchanged(String agreementCode, String agencyCode, LocalDate from, LocalDate to) {
    return requests.countExchanges(
        agreementCode,
        agencyCode,
        from.atStartOfDay(Clocks.ZONE).toInstant(),
        to.plusDays(1).atStartOfDay(Clocks.ZONE).toInstant());
  }
}
