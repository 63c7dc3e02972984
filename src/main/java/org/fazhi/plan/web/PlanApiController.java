package org.fazhi.plan.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.fazhi.plan.PlanProperties;
import org.fazhi.plan.internal.ImportPreview;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.plan.ingest.NoticeParser;
import org.fazhi.plan.ingest.ParseResult;
import org.fazhi.plan.ingest.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Plans API: parse a notice without saving ({@code POST /api/plans/parse}) and import it
 * ({@code POST /api/plans}). Both take the notice as a {@code text/plain} body or a multipart {@code file}.
 */
@RestController
@RequestMapping("/api/plans")
@PreAuthorize("hasRole('COORDINATOR')")
class PlanApiController {

    /** The outcome of an import. */
    record Imported(long id, String docNumber, boolean reimport) {
    }

    private final PlanImportService imports;
    private final NoticeParser parser;
    private final MessageSource messages;

    PlanApiController(PlanImportService imports, PlanProperties properties, MessageSource messages) {
        this.imports = imports;
        this.parser = new NoticeParser(properties.maxNoticeSize().toBytes());
        this.messages = messages;
    }

    @PostMapping(value = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Object> parseText(@RequestBody byte[] body, Locale locale) {
        return parsed(parser.parse(body, "notice.txt"), locale);
    }

    @PostMapping(value = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> parseFile(@RequestParam MultipartFile file, Locale locale) throws IOException {
        if (file.getSize() > parser.maxBytes()) {
            return parsed(parser.tooLarge(file.getSize()), locale);
        }
        return parsed(parser.parse(file.getBytes(), file.getOriginalFilename()), locale);
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Object> importText(@RequestBody String body, Principal principal, Locale locale) {
        return imported(body.getBytes(StandardCharsets.UTF_8), "notice.txt", principal, locale);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> importFile(@RequestParam MultipartFile file, Principal principal, Locale locale)
            throws IOException {
        if (file.getSize() > parser.maxBytes()) {
            return parsed(parser.tooLarge(file.getSize()), locale);
        }
        return imported(file.getBytes(), file.getOriginalFilename(), principal, locale);
    }

    private ResponseEntity<Object> parsed(ParseResult result, Locale locale) {
        if (result instanceof Refusal refusal) {
            return ResponseEntity.unprocessableContent().body(refusal(refusal, locale));
        }
        return ResponseEntity.ok(result);
    }

    private ResponseEntity<Object> imported(byte[] content, String fileName, Principal principal, Locale locale) {
        ImportPreview preview = imports.preview(content, fileName, Map.of());
        if (preview.refused()) {
            return ResponseEntity.unprocessableContent().body(refusal(preview.refusal(), locale));
        }
        if (!preview.unknownNames().isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    messages.getMessage("error.plan.import.unknownUnits",
                            new Object[] {String.join("、", preview.unknownNames())}, locale));
            problem.setProperty("messageKey", "error.plan.import.unknownUnits");
            problem.setProperty("unknownNames", preview.unknownNames());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        long id = imports.save(content, fileName, Map.of(), principal.getName());
        Imported body = new Imported(id, preview.notice().docNumber(), preview.existingPlanId() != null);
        return ResponseEntity.created(URI.create("/plans/" + id)).body(body);
    }

    private ProblemDetail refusal(Refusal refusal, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(refusal.messageKey(), refusal.args().toArray(), refusal.message(), locale));
        problem.setProperty("messageKey", refusal.messageKey());
        problem.setProperty("line", refusal.line());
        return problem;
    }
}
