package org.fazhi.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.fazhi.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Zero-setup database: when no {@code FAZHI_DB_URL} is given, an embedded PostgreSQL 17 runs in-process
 * with its data under {@code $FAZHI_HOME/postgres}, kept across restarts. It is stopped after the
 * connection pool is closed (zonky's own JVM shutdown hook is off, so nothing stops the server under the
 * pool), and shutdown is clean.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties properties) {
        Path dataDir = Path.of(properties.home(), "postgres").toAbsolutePath().normalize();
        requireWritable(dataDir);
        int port = properties.db().embeddedPort();
        if (port != 0) {
            requireFree(port);
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(properties.db().embeddedClean())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port != 0) {
                builder.setPort(port);
            }
            if (properties.db().embeddedDurable()) {
                // the library starts PostgreSQL for tests (-F, synchronous_commit=off); a user's data must survive a crash
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres pg = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), dataDir);
            return pg;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseException("Embedded PostgreSQL could not start in " + dataDir + ": "
                    + rootMessage(e), e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres");
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(16);
        ds.setPoolName("fazhi-embedded");
        return ds;
    }

    private static void requireWritable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new EmbeddedDatabaseException("Data directory " + dir + " cannot be created: " + rootMessage(e), e);
        }
        if (!Files.isWritable(dir)) {
            throw new EmbeddedDatabaseException("Data directory " + dir + " is not writable", null);
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", port));
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Port " + port + " for the embedded PostgreSQL is already in use", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** Matches when {@code fazhi.db.url} is blank. */
    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("fazhi.db.url");
            return url == null || url.isBlank();
        }
    }
}
