/**
 * Attachment — evidence files and case attachments: checked by content (not by name), size-limited,
 * SHA-256 kept, stored in PostgreSQL inside the caller's transaction (so a report and its files are saved
 * all or nothing), and only ever served as downloads. The owning module decides who may see a file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachment")
package org.fazhi.attachment;
