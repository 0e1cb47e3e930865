package vn.phoihop.agency;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoordinationFieldRepository extends JpaRepository<CoordinationField, String> {}
