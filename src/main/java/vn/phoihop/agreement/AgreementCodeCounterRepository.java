package vn.phoihop.agreement;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AgreementCodeCounterRepository extends JpaRepository<AgreementCodeCounter, String> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from AgreementCodeCounter c where c.prefix = :prefix")
  Optional<AgreementCodeCounter> lockByPrefix(String prefix);
}
