package vn.phoihop.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * V42 carries the last numbers of the old counters (agreements' {@code agreement_code_counter},
 * referrals' {@code case_referral_sequence}) over to {@code code_counter}, so no code is issued
 * twice after the upgrade. Runs the migrations in a schema of its own on the test database (H2 or
 * PostgreSQL).
 */
@PhoiHopIntegrationTest
class YearlyCodesMigrationTests {

  /** Lower case and quoted in SQL: Flyway quotes it, and H2 would otherwise read it upper case. */
  private static final String SCHEMA_NAME = "codes_migration_check";

  private static final String SCHEMA = "\"" + SCHEMA_NAME + "\"";

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void dropSchema() {
    jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
  }

  @Test
  void theOldCountersCarryOver() {
    flyway("41").migrate();
    jdbc.update(
        "insert into " + SCHEMA + ".agreement_code_counter (prefix, last_value) values (?, ?)",
        "QC-2026",
        42);
    jdbc.update(
        "insert into " + SCHEMA + ".agreement_code_counter (prefix, last_value) values (?, ?)",
        "KH-2026",
        7);
    jdbc.update(
        "insert into " + SCHEMA + ".agreement_code_counter (prefix, last_value) values (?, ?)",
        "QC-2025",
        130);
    jdbc.update(
        "insert into " + SCHEMA + ".case_referral_sequence (code_year, last_number) values (?, ?)",
        2026,
        19);

    flyway("42").migrate();

    List<Map<String, Object>> counters =
        jdbc.queryForList(
            "select prefix, code_year, last_value from "
                + SCHEMA
                + ".code_counter order by prefix, code_year");
    assertThat(counters)
        .extracting(r -> r.get("prefix") + "-" + r.get("code_year") + "=" + r.get("last_value"))
        .containsExactly("CHS-2026=19", "KH-2026=7", "QC-2025=130", "QC-2026=42");
    assertThat(
            jdbc.queryForList(
                "select prefix from " + SCHEMA + ".code_series order by prefix", String.class))
        .containsExactly("CHS", "KH", "QC");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from information_schema.tables where lower(table_schema) = ?"
                    + " and lower(table_name) in ('agreement_code_counter', 'case_referral_sequence')",
                Integer.class,
                SCHEMA_NAME))
        .as("old counter tables dropped")
        .isZero();
  }

  private Flyway flyway(String target) {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCHEMA_NAME)
        .locations("classpath:db/migration")
        .target(target)
        .load();
  }
}
