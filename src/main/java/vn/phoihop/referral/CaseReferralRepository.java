package vn.phoihop.referral;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseReferralRepository
    extends JpaRepository<CaseReferral, Long>, JpaSpecificationExecutor<CaseReferral> {

  Optional<CaseReferral> findByCode(String code);
}
