package org.fazhi.attachment;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Stores and reads attachments. {@link #store} joins the caller's transaction: if the caller rolls back,
 * the file is gone too. A refused file raises {@link org.fazhi.platform.DomainException} with a message key
 * {@code error.attachment.*} that names the reason (too large, empty, type not allowed, archive bomb…).
 */
public interface Attachments {

    /** Checks and stores {@code content}; reads at most {@link #maxBytes()} + 1 bytes before refusing. */
    StoredFile store(String owner, String fileName, InputStream content, String actor);

    /** The files of one owner, oldest first. */
    List<StoredFile> of(String owner);

    Optional<StoredFile> find(long id);

    /** Writes the file's bytes to {@code out}. */
    void copyTo(long id, OutputStream out);

    /** The configured size limit per file ({@code FAZHI_MAX_ATTACHMENT}). */
    long maxBytes();
}
