package vn.phoihop.agency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyChangeRepository extends JpaRepository<AgencyChange, Long> {

  List<AgencyChange> findByAgencyCodeOrderByIdAsc(String agencyCode);

  List<AgencyChange> findTop200ByOrderByIdDesc();
}
