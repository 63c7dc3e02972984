package org.fazhi.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Fazhi keeps its files and which database it uses. Every value can be set by a
 * {@code FAZHI_…} environment variable (see {@code application.yml}).
 *
 * @param home directory for data kept across restarts ({@code FAZHI_HOME}, default {@code ./data})
 * @param db   database settings
 */
@ConfigurationProperties("fazhi")
public record PlatformProperties(@DefaultValue("./data") String home, @DefaultValue Db db) {

    /**
     * @param url          JDBC URL of an external PostgreSQL; blank = start the embedded server
     * @param user         external database user
     * @param password     external database password
     * @param embeddedPort port of the embedded server; 0 = pick a free one so instances never collide
     * @param embeddedClean wipe the embedded data directory at start (tests only)
     * @param embeddedDurable fsync and synchronous commit on, so a crash loses nothing committed; only
     *                        throw-away test databases turn it off for speed
     */
    public record Db(String url, String user, String password,
                     @DefaultValue("0") int embeddedPort, @DefaultValue("false") boolean embeddedClean,
                     @DefaultValue("true") boolean embeddedDurable) {

        /** True when no external server is configured and Fazhi runs its own. */
        public boolean embedded() {
            return url == null || url.isBlank();
        }
    }
}
