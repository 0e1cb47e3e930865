package vn.phoihop.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Another node of a cluster sees an administrator's change once it looks at the registry's
 * revision: here a second {@link AgencyRegistry} on the same database stands for that node, with no
 * wait between checks. Same context as {@link AgencyApiTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgencyRegistryRevisionTests {

  @Autowired AgencyAdministration administration;
  @Autowired AgencyRepository agencies;
  @Autowired AgencySuccessionRepository successions;
  @Autowired ProvinceRepository provinces;
  @Autowired CoordinationFieldRepository fields;
  @Autowired ViolationCategoryRepository categories;
  @Autowired CustomsCoverageRepository coverage;
  @Autowired JdbcTemplate jdbc;

  private AgencyRegistry otherNode(Duration refresh) {
    return new AgencyRegistry(
        agencies, successions, provinces, fields, categories, coverage, jdbc, refresh);
  }

  @Test
  void anotherNodeSeesAnAdministratorsChangeWhenItNextChecksTheRevision() {
    AgencyRegistry checksEveryCall = otherNode(Duration.ZERO);
    AgencyRegistry checksHourly = otherNode(Duration.ofHours(1));
    String code =
        "QLTT-HUE-N" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    assertThat(checksEveryCall.find(code)).isEmpty();
    assertThat(checksHourly.find(code)).isEmpty();

    administration.create(
        new AgencyAdministration.NewAgency(
            code,
            "Đội Quản lý thị trường số 6 (Chi cục QLTT thành phố Huế)",
            "Đội QLTT số 6 (Huế)",
            AgencyType.QLTT_TEAM,
            "HUE",
            "QLTT-HUE",
            LocalDate.of(2026, 1, 1),
            false,
            null,
            "Thành lập đội."),
        "quantri");

    assertThat(checksEveryCall.find(code))
        .map(AgencyView::name)
        .hasValue("Đội Quản lý thị trường số 6 (Chi cục QLTT thành phố Huế)");
    // A node still within its refresh interval keeps what it holds: the cost of not asking the
    // database on every lookup, bounded by phoihop.registry.refresh.
    assertThat(checksHourly.find(code)).isEmpty();
  }
}
