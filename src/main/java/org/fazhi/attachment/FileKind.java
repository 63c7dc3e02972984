package org.fazhi.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file types an attachment may have, each recognised from its content (never from its name), with the
 * media type it is served as and the name extensions that agree with it (the first is added to a name that
 * has none). Nothing here is served as text: a download can never become a page. {@link StoredFile#kind()}
 * holds the constant's name; labels are {@code attachment.kind.<NAME>} in the bundle.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
    GIF("image/gif", "gif"),
    /** Also WPS 文字's own {@code .wps}, the same binary format. */
    DOC("application/msword", "doc", "wps"),
    /** Also WPS 表格's {@code .et}. */
    XLS("application/vnd.ms-excel", "xls", "et"),
    /** Also WPS 演示's {@code .dps}. */
    PPT("application/vnd.ms-powerpoint", "ppt", "dps"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    /** 版式文档 — the Chinese fixed-layout e-document format (GB/T 33190), a ZIP with {@code OFD.xml}. */
    OFD("application/ofd", "ofd");

    private final String mediaType;
    private final List<String> extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The kind named {@code name} ({@link StoredFile#kind()}), if it is one. */
    public static Optional<FileKind> of(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** Whether a name ending in {@code .extension} (lower case, no dot) says this kind. */
    public boolean agreesWith(String extension) {
        return extensions.contains(extension);
    }
}
