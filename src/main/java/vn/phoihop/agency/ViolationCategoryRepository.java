package vn.phoihop.agency;

import org.springframework.data.jpa.repository.JpaRepository;

interface ViolationCategoryRepository extends JpaRepository<ViolationCategory, String> {}
