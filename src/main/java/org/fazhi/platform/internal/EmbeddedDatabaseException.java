package org.fazhi.platform.internal;

/** The embedded PostgreSQL could not start; the message is one line a newcomer can act on. */
class EmbeddedDatabaseException extends RuntimeException {

    EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
