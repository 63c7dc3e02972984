package org.fazhi.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Everything a response shows, as text to search for a marker: its headers (a file name in Content-Disposition,
 * a Location), its body in any ASCII-compatible encoding (UTF-8, GB18030), and — for Excel and Word files, which are
 * zip packages — the text of every part inside.
 */
final class ResponseText {

    private static final int MAX_PART = 20 * 1024 * 1024;

    private ResponseText() {
    }

    static String of(MockHttpServletResponse response) {
        StringBuilder text = new StringBuilder();
        for (String name : response.getHeaderNames()) {
            text.append(name).append(": ").append(String.join(",", response.getHeaders(name))).append('\n');
        }
        byte[] body = response.getContentAsByteArray();
        // the marker is ASCII, so reading the bytes as Latin-1 finds it in UTF-8 and GB18030 alike
        text.append(new String(body, StandardCharsets.ISO_8859_1));
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) {
            text.append(unzipped(body));
        }
        return text.toString();
    }

    /** Read through the central directory (a streamed package may carry STORED entries with data descriptors). */
    private static String unzipped(byte[] body) {
        StringBuilder text = new StringBuilder();
        try {
            Path file = Files.createTempFile("matrix", ".zip");
            try {
                Files.write(file, body);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            text.append(new String(in.readNBytes(MAX_PART), StandardCharsets.ISO_8859_1));
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a zip answer the matrix cannot read", e);
        }
        return text.toString();
    }
}
