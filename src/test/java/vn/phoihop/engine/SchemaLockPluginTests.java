package vn.phoihop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.SchemaOperationsCommand;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * The engine's schema operations run under the schema lock on PostgreSQL: while Camunda's command
 * runs, the command's own database session holds the advisory lock, and nobody holds it after the
 * command. On H2 (one node) the command runs without it. The two-node start on an empty database
 * itself is shown by scripts/cluster-test.py.
 */
@PhoiHopIntegrationTest
class SchemaLockPluginTests {

  private static final String HELD =
      "select count(*) from pg_locks where locktype = 'advisory' and granted"
          + " and ((classid::bigint << 32) | objid::bigint) = ?";

  @Autowired ProcessEngine processEngine;
  @Autowired DataSource dataSource;

  @Test
  void schemaOperationsRunUnderTheLockOnPostgresql() throws SQLException {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getSchemaOperationsCommand())
        .isInstanceOf(SchemaLockPlugin.LockedSchemaOperations.class);
    boolean postgres = "postgres".equals(configuration.getDatabaseType());

    AtomicReference<Long> heldDuring = new AtomicReference<>();
    SchemaOperationsCommand probe =
        commandContext -> {
          Connection connection =
              commandContext.getSession(DbSqlSession.class).getSqlSession().getConnection();
          heldDuring.set(postgres ? held(connection) : -1L);
          return null;
        };
    configuration
        .getCommandExecutorSchemaOperations()
        .execute(new SchemaLockPlugin.LockedSchemaOperations(probe));

    if (postgres) {
      assertThat(heldDuring.get()).as("lock held while the schema command runs").isEqualTo(1L);
      try (Connection connection = dataSource.getConnection()) {
        assertThat(held(connection)).as("lock released after the command").isZero();
      }
    } else {
      assertThat(heldDuring.get()).as("the command ran").isEqualTo(-1L);
    }
  }

  private static long held(Connection connection) {
    try (PreparedStatement statement = connection.prepareStatement(HELD)) {
      statement.setLong(1, SchemaLockPlugin.LOCK_KEY);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
