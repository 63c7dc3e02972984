package org.fazhi.attachment.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.fazhi.attachment.FileKind;
import org.fazhi.platform.DomainException;

/**
 * Tells a ZIP-based document (DOCX, XLSX, PPTX, OFD) from its entries, inflating every entry to count what it
 * really holds instead of trusting the sizes its headers declare. Refuses an archive bomb
 * ({@code error.attachment.archiveBomb}): more than {@code maxEntries} entries, more than {@code maxUnpacked}
 * bytes in all, or an entry above {@value #LARGE_ENTRY} bytes that inflates more than {@code maxRatio} times.
 * Refuses macros ({@code vbaProject.bin}, {@code error.attachment.activeContent}). Nested archives are not opened.
 */
final class ZipInspector {

    static final long LARGE_ENTRY = 1L << 20;

    private final long maxUnpacked;
    private final int maxEntries;
    private final int maxRatio;

    ZipInspector(long maxUnpacked, int maxEntries, int maxRatio) {
        this.maxUnpacked = maxUnpacked;
        this.maxEntries = maxEntries;
        this.maxRatio = maxRatio;
    }

    FileKind kindOf(byte[] bytes, String fileName) {
        Set<String> names = entryNames(bytes, fileName);
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            throw new DomainException("error.attachment.activeContent", fileName);
        }
        boolean ooxml = names.contains("[Content_Types].xml");
        boolean word = ooxml && names.stream().anyMatch(n -> n.startsWith("word/"));
        boolean excel = ooxml && names.stream().anyMatch(n -> n.startsWith("xl/"));
        boolean slides = ooxml && names.stream().anyMatch(n -> n.startsWith("ppt/"));
        boolean ofd = names.contains("OFD.xml");
        int found = (word ? 1 : 0) + (excel ? 1 : 0) + (slides ? 1 : 0) + (ofd ? 1 : 0);
        if (found != 1) {
            throw ContentInspector.notAllowed(fileName);
        }
        return word ? FileKind.DOCX : excel ? FileKind.XLSX : slides ? FileKind.PPTX : FileKind.OFD;
    }

    private Set<String> entryNames(byte[] bytes, String fileName) {
        Set<String> names = new HashSet<>();
        CountingStream counted = new CountingStream(new ByteArrayInputStream(bytes));
        byte[] buffer = new byte[8192];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw bomb(fileName);
                }
                names.add(entry.getName());
                long start = counted.count;
                long inflated = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    total += n;
                    // ZipInputStream reads ahead at most 512 bytes, so the compressed count is close enough
                    long compressed = Math.max(1, counted.count - start);
                    if (total > maxUnpacked || inflated > LARGE_ENTRY && inflated > maxRatio * compressed) {
                        throw bomb(fileName);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw ContentInspector.notAllowed(fileName);
        }
        if (names.isEmpty()) {
            throw ContentInspector.notAllowed(fileName);
        }
        return names;
    }

    private static DomainException bomb(String fileName) {
        return new DomainException("error.attachment.archiveBomb", fileName);
    }

    /** Counts the compressed bytes the ZIP reader has taken. */
    private static final class CountingStream extends FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
