package org.fazhi.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded-database start into one line instead of a stack trace. */
public class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set FAZHI_HOME to a writable directory, free the port (FAZHI_EMBEDDED_DB_PORT=0 picks a free one), "
                        + "or use an external server with FAZHI_DB_URL.", cause);
    }
}
