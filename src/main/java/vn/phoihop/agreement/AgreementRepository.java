package vn.phoihop.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AgreementRepository
    extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

  Optional<Agreement> findByCode(String code);

  List<Agreement> findByCodeIn(Collection<String> codes);

  List<Agreement> findByParentIdOrderById(Long parentId);
}
