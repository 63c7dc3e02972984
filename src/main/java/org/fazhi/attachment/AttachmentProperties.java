package org.fazhi.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Attachment limits, each overridable by an environment variable.
 *
 * @param maxSize         largest file accepted ({@code FAZHI_MAX_ATTACHMENT}, default 20MB)
 * @param maxUnpackedSize largest total uncompressed size of a ZIP-based file (DOCX, XLSX, PPTX, OFD);
 *                        empty means 10 × {@code maxSize} ({@code FAZHI_MAX_ATTACHMENT_UNPACKED})
 * @param maxEntries      most entries a ZIP-based file may hold
 * @param maxRatio        highest compression ratio of a large (over 1MB uncompressed) entry
 */
@ConfigurationProperties("fazhi.attachment")
public record AttachmentProperties(@DefaultValue("20MB") DataSize maxSize, DataSize maxUnpackedSize,
                                   @DefaultValue("10000") int maxEntries, @DefaultValue("100") int maxRatio) {

    /** The total uncompressed size allowed inside a ZIP-based file. */
    public long unpackedLimit() {
        return maxUnpackedSize != null ? maxUnpackedSize.toBytes() : 10 * maxSize.toBytes();
    }
}
