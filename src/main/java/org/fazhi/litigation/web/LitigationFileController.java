package org.fazhi.litigation.web;

import java.io.IOException;
import org.fazhi.attachment.AttachmentDownloads;
import org.fazhi.attachment.Attachments;
import org.fazhi.attachment.StoredFile;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.litigation.internal.LitigationService;
import org.fazhi.platform.web.CaseFileUploads;
import org.fazhi.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Files of a case: upload by those who act for its unit, download by those who may read it. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_LEADER','UNIT_LIAISON','UNIT_LEADER')")
class LitigationFileController {

    private final LitigationService service;
    private final Attachments attachments;
    private final CurrentUsers users;

    LitigationFileController(LitigationService service, Attachments attachments, CurrentUsers users) {
        this.service = service;
        this.attachments = attachments;
        this.users = users;
    }

    @PostMapping("/litigation/{id}/files")
    @PreAuthorize("hasAnyRole('COORDINATOR','UNIT_LIAISON')")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        return CaseFileUploads.fromPage(file, redirect, "litigation.saved", "/litigation/" + id,
                (name, in) -> service.attach(id, name, in, users.require()));
    }

    @GetMapping("/litigation/{id}/files/{fileId}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable long id, @PathVariable long fileId) {
        service.get(id, users.require());
        StoredFile file = attachments.find(LitigationService.owner(id), fileId)
                .orElseThrow(() -> new NotFoundException("error.attachment.notFound", fileId));
        return AttachmentDownloads.response(attachments, file);
    }
}
