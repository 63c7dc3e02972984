package org.fazhi.reconsideration.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.fazhi.attachment.AttachmentDownloads;
import org.fazhi.attachment.Attachments;
import org.fazhi.attachment.StoredFile;
import org.fazhi.platform.web.CaseFileUploads;
import org.fazhi.reconsideration.internal.CaseService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Case files (申请书、答复、证据、决定书…) through the attachment module: upload from the case page or the API,
 * download only for users who may see the case and only files of that case.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'CITY_LEADER', 'UNIT_LIAISON', 'UNIT_LEADER')")
class CaseFilesController {

    private final CaseService service;
    private final Attachments attachments;

    CaseFilesController(CaseService service, Attachments attachments) {
        this.service = service;
        this.attachments = attachments;
    }

    @PostMapping("/reconsideration/{id}/files")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        return CaseFileUploads.fromPage(file, redirect, "reconsideration.fileSaved", "/reconsideration/" + id + "#files",
                (name, in) -> service.attach(id, name, in));
    }

    @GetMapping("/reconsideration/{id}/files/{fileId}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable long id, @PathVariable long fileId) {
        return AttachmentDownloads.response(attachments, service.file(id, fileId));
    }

    @GetMapping("/api/reconsideration/cases/{id}/files")
    @ResponseBody
    List<StoredFile> listApi(@PathVariable long id) {
        return service.files(id);
    }

    @PostMapping(value = "/api/reconsideration/cases/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    ResponseEntity<StoredFile> uploadApi(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            StoredFile stored = service.attach(id, file.getOriginalFilename(), in);
            return ResponseEntity.created(URI.create("/reconsideration/" + id + "/files/" + stored.id())).body(stored);
        }
    }
}
