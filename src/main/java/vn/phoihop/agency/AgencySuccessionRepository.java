package vn.phoihop.agency;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencySuccessionRepository extends JpaRepository<AgencySuccession, String> {}
