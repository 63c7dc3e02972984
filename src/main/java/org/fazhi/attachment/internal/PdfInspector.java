package org.fazhi.attachment.internal;

import java.util.Set;

/**
 * Finds active content in a PDF: the names {@code /JavaScript}, {@code /JS} and {@code /Launch} (also when
 * spelled with {@code #xx} escapes). Best effort — names inside compressed object streams are not seen — but it
 * stops the common case of a form or a "document" that runs a script or a program when opened.
 */
final class PdfInspector {

    private static final Set<String> ACTIVE = Set.of("JavaScript", "JS", "Launch");
    private static final int LONGEST = 10;

    private PdfInspector() {
    }

    static boolean hasActiveContent(byte[] pdf) {
        int i = 0;
        while (i < pdf.length) {
            if (pdf[i] != '/') {
                i++;
                continue;
            }
            StringBuilder name = new StringBuilder();
            int j = i + 1;
            while (j < pdf.length && !delimiter(pdf[j])) {
                int c = pdf[j] & 0xff;
                if (c == '#' && j + 2 < pdf.length && hex(pdf[j + 1]) >= 0 && hex(pdf[j + 2]) >= 0) {
                    c = hex(pdf[j + 1]) * 16 + hex(pdf[j + 2]);
                    j += 2;
                }
                if (name.length() <= LONGEST) {
                    name.append((char) c);
                }
                j++;
            }
            if (ACTIVE.contains(name.toString())) {
                return true;
            }
            i = j;
        }
        return false;
    }

    private static boolean delimiter(byte b) {
        return switch (b) {
            case ' ', '\t', '\r', '\n', '\f', 0, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> true;
            default -> false;
        };
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
