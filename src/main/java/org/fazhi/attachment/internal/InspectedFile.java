package org.fazhi.attachment.internal;

import org.fazhi.attachment.FileKind;

/** A file that passed {@link ContentInspector}: its cleaned name, detected kind, bytes and SHA-256 (hex). */
public record InspectedFile(String fileName, FileKind kind, byte[] content, String sha256) {
}
