package org.fazhi.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * A writer that encodes each piece it is given as a whole string ({@link String#getBytes(Charset)}) and writes the
 * bytes on. A surrogate pair split between two writes is kept until its second half arrives, so no character is
 * lost; nothing else is buffered. See {@link StringEncodingFilter} for why. Kept parts ({@link EncodedHtml}) are
 * copied in where their markers stand; a marker must arrive in one write (a page is rendered into one string).
 */
final class StringEncodingWriter extends Writer {

    private final OutputStream out;
    private final Charset charset;
    private final EncodedHtml parts;
    private char pendingHigh;

    StringEncodingWriter(OutputStream out, Charset charset) {
        this(out, charset, null);
    }

    /** With {@code parts}, a marker of {@link EncodedHtml} in a written string is replaced by its kept bytes. */
    StringEncodingWriter(OutputStream out, Charset charset, EncodedHtml parts) {
        this.out = out;
        this.charset = charset;
        this.parts = parts;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        encode(new String(chars, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        encode(off == 0 && len == s.length() ? s : s.substring(off, off + len));
    }

    @Override
    public void write(int c) throws IOException {
        encode(String.valueOf((char) c));
    }

    private void encode(String s) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        if (pendingHigh != 0) {
            s = pendingHigh + s;
            pendingHigh = 0;
        }
        char last = s.charAt(s.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            s = s.substring(0, s.length() - 1);
        }
        out.write(EncodedHtml.encode(s, charset, parts));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Writes a lone high surrogate left at the end as the charset's replacement, then closes the stream. */
    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            out.write(String.valueOf(pendingHigh).getBytes(charset));
            pendingHigh = 0;
        }
        out.close();
    }
}
