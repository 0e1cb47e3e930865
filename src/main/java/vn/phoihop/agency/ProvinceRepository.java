package vn.phoihop.agency;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, String> {}
