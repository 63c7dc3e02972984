package org.fazhi.attachment;

import java.time.Instant;
import java.util.Locale;

/**
 * A stored file's description (never its bytes).
 *
 * @param owner     the owning module's reference, e.g. {@code progress:report:42} — the owner decides access
 * @param fileName  the name the uploader gave (shown, never trusted for the type)
 * @param kind      the type found from the content: PDF, DOCX, XLSX, PPTX, DOC, XLS, PNG, JPEG, GIF, OFD, ZIP…
 * @param mediaType the media type served with the download
 */
public record StoredFile(long id, String owner, String fileName, String kind, String mediaType, long size,
                         String sha256, String uploadedBy, Instant uploadedAt) {

    /** The size as people read it: {@code 512 B}, {@code 34.5 KB}, {@code 1.2 MB} (1 KB = 1024 bytes). */
    public String displaySize() {
        if (size < 1024) {
            return size + " B";
        }
        double kb = size / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    /** The first 12 hex digits of the SHA-256, enough to compare a copy by eye. */
    public String shortSha256() {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }
}
