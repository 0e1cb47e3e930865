package vn.phoihop.inforequest;

import org.springframework.data.jpa.repository.JpaRepository;

interface InformationRequestRepository extends JpaRepository<InformationRequest, Long> {}
