package org.fazhi.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.platform.PlatformProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A newcomer whose embedded database cannot start is told why in one line. */
class EmbeddedPostgresConfigurationTest {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    private static PlatformProperties props(Path home, int port) {
        return new PlatformProperties(home.toString(), new PlatformProperties.Db("", "", "", port, false, true));
    }

    @Test
    void dataDirectoryThatCannotBeCreatedIsReportedInOneLine(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> configuration.embeddedPostgres(props(file, 0)))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("cannot be created")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void busyPortIsReportedInOneLine(@TempDir Path tmp) throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("localhost", 0));
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> configuration.embeddedPostgres(props(tmp, port)))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessage("Port " + port + " for the embedded PostgreSQL is already in use");
        }
    }

    @Test
    void failureAnalysisSaysWhatToDo() {
        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer()
                .analyze(new EmbeddedDatabaseException("Port 5 for the embedded PostgreSQL is already in use", null));
        assertThat(analysis.getDescription()).isEqualTo("Port 5 for the embedded PostgreSQL is already in use");
        assertThat(analysis.getAction()).contains("FAZHI_HOME", "FAZHI_DB_URL");
    }
}
