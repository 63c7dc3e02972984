package org.fazhi.attachment.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.fazhi.attachment.FileKind;
import org.fazhi.platform.DomainException;

/**
 * Tells a ZIP-based document (DOCX, XLSX, PPTX, OFD) from its entries, inflating every entry to count what it
 * really holds (compressed bytes read and bytes produced) instead of trusting the sizes its headers declare.
 * Refuses an archive bomb ({@code error.attachment.archiveBomb}): more than {@code maxEntries} entries, more than
 * {@code maxUnpacked} bytes in all, or an entry above {@value #LARGE_ENTRY} bytes that inflates more than
 * {@code maxRatio} times. Refuses macros ({@code vbaProject.bin}, {@code error.attachment.activeContent}).
 * Nested archives are not opened.
 *
 * <p>Streams the archive with commons-compress (already there for POI): unlike
 * {@code java.util.zip.ZipInputStream} it reads the ZIP64 data descriptors of POI's own streaming writer (SXSSF,
 * used for the ledger export), and unlike a central-directory reader it holds one entry at a time however many
 * entries an archive declares.
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
        byte[] buffer = new byte[8192];
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8.name(), true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw bomb(fileName);
                }
                names.add(entry.getName());
                long inflated = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    total += n;
                    long compressed = Math.max(1, zip.getCompressedCount());
                    if (total > maxUnpacked || inflated > LARGE_ENTRY && inflated > maxRatio * compressed) {
                        throw bomb(fileName);
                    }
                }
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // damaged, encrypted or unsupported: nothing an office suite would open either
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
}
