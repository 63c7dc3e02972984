package org.fazhi.plan.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes notice text: a BOM decides (UTF-8, UTF-16); else valid UTF-8 is UTF-8; text that is UTF-8 but
 * for a few stray bytes (at most 1 in 1,000) stays UTF-8 with replacement characters and a warning;
 * anything else is GB18030. Text with NUL bytes or many control characters is refused as binary.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** Decodes {@code bytes} into lines (1-based numbers), or throws a refusal for binary content. */
    static List<SourceLine> decodeLines(byte[] bytes, Diagnostics diagnostics) {
        String text = stripControls(decode(bytes), diagnostics);
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String line = text.substring(start, i);
                if (line.indexOf('\uFFFD') >= 0) {
                    diagnostics.warn(number, "invalidBytes");
                }
                lines.add(new SourceLine(number++, line));
                start = i + 1;
            }
        }
        return lines;
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new RefusedException("binary", 0);
            }
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        if (countUtf8Errors(bytes) * 1000L <= bytes.length) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return new String(bytes, GB18030);
    }

    /** Strict UTF-8; a multi-byte character cut off at the very end (a truncated file) is dropped. */
    private static String strictUtf8(byte[] bytes) {
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) {
            return null;
        }
        if (in.hasRemaining() && in.remaining() > 3) {
            return null;
        }
        out.flip();
        return out.toString();
    }

    private static int countUtf8Errors(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int errors = 0;
        while (in.hasRemaining()) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                errors++;
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        return errors;
    }

    private static String stripControls(String text, Diagnostics diagnostics) {
        if (isClean(text)) {
            return text;
        }
        int controls = 0;
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    sb.append('\n');
                }
            } else if (c == '\uFEFF') {
                continue;
            } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
                controls++;
            } else {
                sb.append(c);
            }
        }
        if (controls > 0 && controls * 100L > Math.max(text.length(), 1)) {
            throw new RefusedException("binary", 0);
        }
        if (controls > 0) {
            diagnostics.warn(0, "controlCharacters", controls);
        }
        return sb.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** True if {@code bytes} begin with the given byte values (magic numbers, BOMs). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
