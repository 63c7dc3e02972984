package org.fazhi.plan.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The notice as uploaded: its bytes, file name, format, SHA-256 checksum and readable text, so what was
 * imported can always be shown again.
 */
public record NoticeSource(byte[] bytes, String fileName, String format, String text) {

    public String checksum() {
        return sha256(bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static NoticeSource ofText(String text) {
        return new NoticeSource(text.getBytes(StandardCharsets.UTF_8), null, "text", text);
    }
}
