package vn.phoihop.referral;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralDocumentContentRepository extends JpaRepository<ReferralDocumentContent, Long> {}
