package org.fazhi.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the other instances' changes: one daemon thread with a connection of its own (not one of the pool's,
 * which it would hold for good) runs {@code LISTEN} on {@value Changes#CHANNEL} and moves the topic of every
 * notification another instance sent. A broken connection is logged once and opened again with growing pauses;
 * once listening (again), every topic moves, since notifications may have been missed meanwhile. Off with
 * {@code fazhi.changes.listen=false} (a single instance has no one to listen to).
 */
@Component
class ChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
    /** How long one wait for notifications blocks: also how long stopping may take. */
    private static final int WAIT_MILLIS = 250;
    /** A silently dropped connection is noticed by a query this often. */
    private static final long CHECK_MILLIS = 30_000;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    private final Changes changes;
    private final DataSource dataSource;
    private final boolean enabled;
    private volatile boolean running;
    private volatile Thread thread;

    ChangeListener(Changes changes, DataSource dataSource, @Value("${fazhi.changes.listen:true}") boolean enabled) {
        this.changes = changes;
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        if (!enabled) {
            log.info("not listening to other instances' changes (fazhi.changes.listen=false)");
            return;
        }
        HikariDataSource pool = pool();
        if (pool == null) {
            log.warn("not listening to other instances' changes: the data source is not a Hikari pool");
            return;
        }
        Thread t = new Thread(() -> listen(pool), "fazhi-changes");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5 * WAIT_MILLIS + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private HikariDataSource pool() {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private void listen(HikariDataSource pool) {
        long pause = 1000;
        boolean failing = false;
        while (running) {
            try (Connection connection = connect(pool)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + Changes.CHANNEL);
                }
                changes.movedAll();
                if (failing) {
                    log.info("listening to other instances' changes again");
                }
                failing = false;
                pause = 1000;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                if (!failing) {
                    log.warn("listening to other instances' changes failed, retrying: {}", e.toString());
                    failing = true;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    break;
                }
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long checked = System.currentTimeMillis();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    changes.received(n.getParameter());
                }
            }
            if (System.currentTimeMillis() - checked > CHECK_MILLIS) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                checked = System.currentTimeMillis();
            }
        }
    }

    private static Connection connect(HikariDataSource pool) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", "fazhi-changes");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }
}
