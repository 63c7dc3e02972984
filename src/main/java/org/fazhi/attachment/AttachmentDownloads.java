package org.fazhi.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The one way to serve an attachment: always a download ({@code Content-Disposition: attachment}, never
 * inline), named in UTF-8 (RFC 6266 / RFC 5987 {@code filename*}) with an ASCII fallback, typed by the kind
 * found in its content (never as text or HTML), with {@code nosniff} and a sandbox CSP so that a browser
 * never runs it as a page, and kept out of shared caches. The owning module checks access before calling this.
 */
public final class AttachmentDownloads {

    private AttachmentDownloads() {
    }

    /** The download response for {@code file}; the bytes are streamed from the database when the body is written. */
    public static ResponseEntity<StreamingResponseBody> response(Attachments attachments, StoredFile file) {
        long id = file.id();
        StreamingResponseBody body = out -> attachments.copyTo(id, out);
        return ResponseEntity.ok()
                .contentType(mediaType(file))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .eTag(file.sha256())
                .body(body);
    }

    /** {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded}. */
    static String contentDisposition(StoredFile file) {
        return "attachment; filename=\"" + asciiFallback(file) + "\"; filename*=UTF-8''" + rfc5987(file.fileName());
    }

    /** The media type of the file's kind; anything unknown is served as opaque bytes. */
    static MediaType mediaType(StoredFile file) {
        return FileKind.of(file.kind()).map(k -> MediaType.parseMediaType(k.mediaType()))
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
    }

    /** The name with every character outside printable ASCII (and quotes, backslashes) replaced. */
    static String asciiFallback(StoredFile file) {
        String name = file.fileName();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot) : "";
        String base = dot > 0 ? name.substring(0, dot) : name;
        StringBuilder ascii = new StringBuilder();
        for (char c : base.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' && c != '%' ? c : '_');
        }
        String kept = ascii.toString().replaceAll("_+", "_");
        if (!kept.matches(".*[A-Za-z].*")) {
            kept = "attachment-" + file.id();
        }
        String safeExt = ext.matches("\\.[A-Za-z0-9]{1,10}") ? ext : "";
        return kept + safeExt;
    }

    /** RFC 5987 {@code value-chars}: attr-char kept, every other UTF-8 byte as {@code %XX}. */
    static String rfc5987(String value) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.write(c);
            } else {
                byte[] hex = String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII);
                encoded.write(hex, 0, hex.length);
            }
        }
        return encoded.toString(StandardCharsets.US_ASCII);
    }
}
