package org.fazhi.attachment;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Stores and reads attachments. {@link #store} joins the caller's transaction: if the caller rolls back,
 * the file is gone too. A refused file raises {@link org.fazhi.platform.DomainException} with a message key
 * {@code error.attachment.*} that names the reason (too large, empty, type not allowed, archive bomb…); it writes
 * nothing and leaves the caller's transaction usable. Serve files with {@link AttachmentDownloads}; list them
 * with the Thymeleaf fragment {@code fragments/attachments :: list(files, downloadPrefix)}. Rules and limits:
 * {@code docs/attachments.md}.
 */
public interface Attachments {

    /**
     * Checks and stores {@code content} (and closes it); reads at most {@link #maxBytes()} + 1 bytes before
     * refusing. The stored name is the uploader's, cleaned ({@link StoredFile#fileName()}).
     */
    StoredFile store(String owner, String fileName, InputStream content, String actor);

    /** The files of one owner, oldest first. */
    List<StoredFile> of(String owner);

    Optional<StoredFile> find(long id);

    /**
     * The file {@code id} only if it belongs to {@code owner} — what a download endpoint should use, so that a
     * user who may see one record cannot fetch another record's file by changing the number in the URL.
     */
    default Optional<StoredFile> find(String owner, long id) {
        return find(id).filter(file -> file.owner().equals(owner));
    }

    /**
     * Deletes file {@code id} if it belongs to {@code owner}, in the caller's transaction (e.g. a liaison takes a
     * wrong file off a draft report). The owning module records the change in its own history; this module
     * logs it. Returns whether a file was removed.
     */
    boolean remove(String owner, long id, String actor);

    /** Writes the file's bytes to {@code out}. */
    void copyTo(long id, OutputStream out);

    /** The configured size limit per file ({@code FAZHI_MAX_ATTACHMENT}). */
    long maxBytes();
}
