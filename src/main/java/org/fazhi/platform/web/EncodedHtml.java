package org.fazhi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * HTML that a page keeps already encoded as UTF-8 (the unit page's table: 30 KB of mostly Chinese text that
 * changes only with the reporting loop). The controller puts {@link #mark} into its model instead of the text, and
 * {@link StringEncodingFilter}'s writer copies the bytes where the marker stands instead of encoding the text again
 * on every view — encoding the page was a quarter of the unit page's CPU at province scale. The marker is a
 * private-use character, a random number drawn at start-up and the part's index, so no user's text can forge one;
 * without the filter (or for a response in another charset) the text itself is used.
 */
public final class EncodedHtml {

    static final char MARK = '\uE000';
    static final String NONCE = nonce();

    private final List<byte[]> parts = new ArrayList<>(2);

    private EncodedHtml() {
    }

    private static String nonce() {
        byte[] bytes = new byte[8];
        new SecureRandom().nextBytes(bytes); // not generateSeed: that may wait for the system's entropy
        return HexFormat.of().formatHex(bytes);
    }

    /** The text to put into the page for {@code utf8} (unescaped: it must be HTML already). */
    public static String mark(HttpServletRequest request, byte[] utf8) {
        Object holder = request.getAttribute(EncodedHtml.class.getName());
        if (!(holder instanceof EncodedHtml parts)) {
            return new String(utf8, StandardCharsets.UTF_8);
        }
        parts.parts.add(utf8);
        return MARK + NONCE + (parts.parts.size() - 1) + MARK;
    }

    /** The (so far empty) parts of one request, registered by the filter. */
    static EncodedHtml register(HttpServletRequest request) {
        EncodedHtml parts = new EncodedHtml();
        request.setAttribute(EncodedHtml.class.getName(), parts);
        return parts;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** {@code s} in {@code charset}, with the kept bytes of {@code parts} (may be null) where their markers stand. */
    static byte[] encode(String s, Charset charset, EncodedHtml parts) {
        if (parts == null || parts.isEmpty() || s.indexOf(MARK) < 0) {
            return s.getBytes(charset);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 3);
        int done = 0;
        for (int at = s.indexOf(MARK); at >= 0; at = s.indexOf(MARK, at + 1)) {
            byte[] part = parts.partAt(s, at);
            if (part != null) {
                out.writeBytes(s.substring(done, at).getBytes(charset));
                out.writeBytes(charset.equals(StandardCharsets.UTF_8) ? part
                        : new String(part, StandardCharsets.UTF_8).getBytes(charset));
                done = s.indexOf(MARK, at + 1 + NONCE.length()) + 1;
                at = done - 1;
            }
        }
        out.writeBytes(s.substring(done).getBytes(charset));
        return out.toByteArray();
    }

    /** The part a marker starting at {@code at} in {@code s} names, or null when there is no valid marker there. */
    private byte[] partAt(String s, int at) {
        int from = at + 1;
        if (!s.startsWith(NONCE, from)) {
            return null;
        }
        int digits = from + NONCE.length();
        int end = s.indexOf(MARK, digits);
        if (end <= digits || end - digits > 6) {
            return null;
        }
        int index = 0;
        for (int i = digits; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            index = index * 10 + (c - '0');
        }
        return index < parts.size() ? parts.get(index) : null;
    }
}
