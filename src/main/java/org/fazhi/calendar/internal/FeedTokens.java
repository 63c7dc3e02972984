package org.fazhi.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Secrets for subscribing to a user's ICS feed without a login ({@code calendar_feed_token}): 32 random
 * bytes, shown to the user once; only their SHA-256 is stored. Issuing a new secret revokes the old one.
 */
@Repository
public class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    FeedTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new secret for {@code username}, replacing any earlier one. */
    public String issue(String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO calendar_feed_token (username, token_hash, created_at) VALUES (?, ?, now())
                ON CONFLICT (username) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
                """).params(username, hash(token)).update();
        return token;
    }

    /** Whether {@code username} has a secret. */
    public boolean has(String username) {
        return jdbc.sql("SELECT count(*) FROM calendar_feed_token WHERE username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    /** Revokes the secret of {@code username}. */
    public void revoke(String username) {
        jdbc.sql("DELETE FROM calendar_feed_token WHERE username = ?").param(username).update();
    }

    /** The account a secret belongs to. */
    public Optional<String> usernameFor(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT username FROM calendar_feed_token WHERE token_hash = ?").param(hash(token))
                .query(String.class).optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
