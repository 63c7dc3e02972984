package org.fazhi.progress.web;

import java.util.List;
import org.fazhi.progress.internal.Reporting;
import org.springframework.web.multipart.MultipartFile;

/** Turns the files of a form or API call into uploads; empty file inputs (nothing chosen) are skipped. */
final class Uploads {

    private Uploads() {
    }

    static List<Reporting.Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !(f.isEmpty() && (f.getOriginalFilename() == null
                        || f.getOriginalFilename().isBlank())))
                .map(f -> new Reporting.Upload(f.getOriginalFilename(), f)).toList();
    }
}
