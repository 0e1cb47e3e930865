package vn.phoihop.inforequest;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InformationRequestRepository extends JpaRepository<InformationRequest, Long> {

  List<InformationRequest> findByAgreementCodeOrderByIdDesc(String agreementCode);

  /** Items exchanged under one agreement by one of the two parties of their request. */
  @Query(
      "select count(e) from InformationRequest r join r.items e"
          + " where r.agreementCode = :agreement"
          + " and (r.requesterAgency = :agency or r.receiverAgency = :agency)"
          + " and e.occurredAt >= :from and e.occurredAt < :until")
  long countExchanges(
      @Param("agreement") String agreementCode,
      @Param("agency") String agencyCode,
      @Param("from") Instant from,
      @Param("until") Instant until);
}
