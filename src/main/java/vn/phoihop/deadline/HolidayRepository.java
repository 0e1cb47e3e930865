package vn.phoihop.deadline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayRepository extends JpaRepository<Holiday, LocalDate> {

  List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);
}
