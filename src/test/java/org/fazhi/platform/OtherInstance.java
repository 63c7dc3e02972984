package org.fazhi.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Another instance on the same database, as far as the tests need one: a plain JDBC connection of its own (not
 * the application's pool) that writes, sends notifications under its own instance id and listens to them.
 */
final class OtherInstance implements AutoCloseable {

    static final String ID = "other-instance";

    private final Connection connection;

    OtherInstance(DataSource dataSource) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        connection.setAutoCommit(false);
    }

    /** Writes in the open transaction. */
    OtherInstance update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
        return this;
    }

    /** Announces a change of {@code topic} in the open transaction, signed {@code instanceId}. */
    OtherInstance notify(String instanceId, String topic) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            statement.setString(1, Changes.CHANNEL);
            statement.setString(2, instanceId + ":" + topic);
            statement.execute();
        }
        return this;
    }

    OtherInstance commit() throws SQLException {
        connection.commit();
        return this;
    }

    /** Starts listening (committed at once, as LISTEN takes effect on commit). */
    OtherInstance listen() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + Changes.CHANNEL);
        }
        connection.commit();
        return this;
    }

    /** The payloads received within {@code wait}. */
    List<String> received(Duration wait) throws SQLException {
        List<String> payloads = new ArrayList<>();
        long end = System.nanoTime() + wait.toNanos();
        PGConnection pg = connection.unwrap(PGConnection.class);
        long left;
        while ((left = (end - System.nanoTime()) / 1_000_000) > 0) {
            PGNotification[] notifications = pg.getNotifications((int) left);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    payloads.add(n.getParameter());
                }
            }
        }
        return payloads;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Polls {@code condition} until it holds or a few seconds passed; true when it held. */
    static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }
}
