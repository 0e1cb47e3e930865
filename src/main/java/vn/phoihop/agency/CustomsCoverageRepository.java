package vn.phoihop.agency;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomsCoverageRepository extends JpaRepository<CustomsCoverage, String> {}
