package vn.phoihop.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Start-up work that the nodes of a cluster must not do at the same moment, one node after the
 * other: on PostgreSQL a session-level advisory lock held on a connection of its own for as long as
 * the work runs (its engine calls commit in transactions of their own, so a transaction-level lock
 * would not cover them). A node that dies while holding it loses the connection and PostgreSQL
 * releases the lock. On other databases (H2, one node) the work just runs.
 */
@Component
public class ClusterLock {

  /** Identity bootstrap: role and agency groups, authorizations, filters, users. */
  public static final long IDENTITY_BOOTSTRAP = 0x50686f69486f71L;

  private final DataSource dataSource;

  ClusterLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs the work while holding the lock of that key on PostgreSQL. */
  public void exclusively(long key, Runnable work) {
    try (Connection connection = dataSource.getConnection()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        work.run();
        return;
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      call(connection, "select pg_advisory_lock(?)", key);
      try {
        work.run();
      } finally {
        call(connection, "select pg_advisory_unlock(?)", key);
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Cluster lock " + key + " failed", e);
    }
  }

  private static void call(Connection connection, String sql, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      statement.execute();
    }
  }
}
