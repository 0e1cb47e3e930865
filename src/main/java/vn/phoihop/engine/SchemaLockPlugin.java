package vn.phoihop.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SchemaOperationsCommand;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Serialises Camunda's schema creation and update between the nodes of a cluster on PostgreSQL.
 *
 * <p>Why (camunda-engine 7.24.0): with {@code schema-update: true} each node's engine runs its
 * schema operations command when it is built ({@code ProcessEngineImpl#executeSchemaOperations},
 * {@code SchemaOperationsProcessEngineBuild} then {@code DbSqlSession#dbSchemaUpdate}): it asks
 * whether the {@code ACT_*} tables exist and, if not, runs the create scripts. Two nodes starting
 * on an empty database both see no tables and both create them; the second fails on "relation
 * already exists" and its start is aborted. What runs after the schema command takes locks of its
 * own (rows of {@code ACT_GE_PROPERTY} that the create script inserts): the history level ({@code
 * HistoryLevelSetupCommand}, "startup.lock"), the installation id ({@code BootstrapEngineCommand},
 * "installationId.lock"), and the history cleanup job, whose optimistic locking failure is ignored.
 * Deployments take "deployment.lock". Flyway (domain tables) takes a PostgreSQL advisory lock
 * itself.
 *
 * <p>So this plugin wraps the schema operations command: on PostgreSQL it first takes an advisory
 * lock on the command's own connection, then runs Camunda's command. A second node waits until the
 * first has committed its schema, then finds the tables and only checks their version. With Spring
 * the command runs in a Spring transaction ({@code commandExecutorTxRequired}), so the lock is the
 * transaction-level {@code pg_advisory_xact_lock}, released at commit or rollback; should the
 * connection be in auto-commit mode, a session-level lock is taken and released in {@code finally}
 * instead (a transaction-level lock would end with its own statement). A node that dies while
 * holding either lock loses its connection, and PostgreSQL releases the lock with it. Other
 * databases (H2, the embedded default, is one node) run the command unchanged.
 */
@Component
class SchemaLockPlugin extends AbstractProcessEnginePlugin {

  /** Key of the advisory lock: "PhoiHop" in ASCII, a number no other PhoiHop lock uses. */
  static final long LOCK_KEY = 0x50686f69486f70L;

  private static final Logger log = LoggerFactory.getLogger(SchemaLockPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setSchemaOperationsCommand(
        new LockedSchemaOperations(configuration.getSchemaOperationsCommand()));
  }

  /** Camunda's schema operations, run while holding the advisory lock on PostgreSQL. */
  static final class LockedSchemaOperations implements SchemaOperationsCommand {

    private final SchemaOperationsCommand delegate;

    LockedSchemaOperations(SchemaOperationsCommand delegate) {
      this.delegate = delegate;
    }

    @Override
    public Void execute(CommandContext commandContext) {
      if (!"postgres".equals(commandContext.getProcessEngineConfiguration().getDatabaseType())) {
        return delegate.execute(commandContext);
      }
      Connection connection =
          commandContext.getSession(DbSqlSession.class).getSqlSession().getConnection();
      boolean sessionLock = autoCommit(connection);
      run(
          connection,
          sessionLock ? "select pg_advisory_lock(?)" : "select pg_advisory_xact_lock(?)");
      log.debug("Holding the schema lock ({} level)", sessionLock ? "session" : "transaction");
      try {
        return delegate.execute(commandContext);
      } finally {
        if (sessionLock) {
          run(connection, "select pg_advisory_unlock(?)");
        }
      }
    }

    private static boolean autoCommit(Connection connection) {
      try {
        return connection.getAutoCommit();
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not read the connection's auto-commit mode", e);
      }
    }

    private static void run(Connection connection, String sql) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setLong(1, LOCK_KEY);
        statement.execute();
      } catch (SQLException e) {
        throw new ProcessEngineException("Schema lock statement failed: " + sql, e);
      }
    }
  }
}
