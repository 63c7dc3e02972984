package org.fazhi.attachment;

import java.time.Instant;

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
}
