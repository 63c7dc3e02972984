package org.fazhi.supervision.web;

import java.util.List;
import org.fazhi.supervision.internal.Rectifications;
import org.springframework.web.multipart.MultipartFile;

/** The files of a form or API call as uploads; empty file inputs (nothing chosen) are skipped. */
final class RectificationUploads {

    private RectificationUploads() {
    }

    static List<Rectifications.Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !(f.isEmpty() && (f.getOriginalFilename() == null
                        || f.getOriginalFilename().isBlank())))
                .map(f -> new Rectifications.Upload(f.getOriginalFilename(), f)).toList();
    }
}
