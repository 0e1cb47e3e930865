package vn.phoihop.referral;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralDocumentRepository extends JpaRepository<ReferralDocument, Long> {}
