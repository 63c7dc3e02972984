package org.fazhi.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@IntegrationTest
class AttachmentStoreIT {

    @Autowired
    Attachments attachments;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final String owner = "it:attachment:" + UUID.randomUUID();

    @Test
    void aFileStoredInTheCallersTransactionIsGoneWhenTheCallerRollsBack() {
        transactions.executeWithoutResult(tx -> {
            StoredFile file = attachments.store(owner, "佐证材料.pdf", new ByteArrayInputStream(Samples.pdf()), "liaison");
            assertThat(attachments.find(file.id())).isPresent();
            tx.setRollbackOnly();
        });
        assertThat(attachments.of(owner)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM attachment_file WHERE owner = ?", Long.class, owner))
                .isZero();
    }

    @Test
    void storesAloneAndReadsBackTheSameBytesAndChecksum() throws Exception {
        byte[] docx = Samples.docx("2024年度法治政府建设情况");
        StoredFile stored = attachments.store(owner, "D:\\材料\\情况报告.docx", new ByteArrayInputStream(docx), "liaison");

        assertThat(stored.fileName()).isEqualTo("情况报告.docx");
        assertThat(stored.kind()).isEqualTo("DOCX");
        assertThat(stored.size()).isEqualTo(docx.length);
        assertThat(stored.sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx)));
        assertThat(stored.uploadedBy()).isEqualTo("liaison");
        assertThat(attachments.find(stored.id())).contains(stored);
        assertThat(attachments.find(owner, stored.id())).contains(stored);
        assertThat(attachments.find("it:attachment:someone-else", stored.id())).isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        attachments.copyTo(stored.id(), out);
        assertThat(out.toByteArray()).isEqualTo(docx);
    }

    @Test
    void listsAnOwnersFilesOldestFirst() {
        StoredFile first = attachments.store(owner, "1.png", new ByteArrayInputStream(Samples.image("png")), "a");
        StoredFile second = attachments.store(owner, "2.pdf", new ByteArrayInputStream(Samples.pdf()), "b");
        attachments.store(owner + ":other", "3.pdf", new ByteArrayInputStream(Samples.pdf()), "b");
        assertThat(attachments.of(owner)).containsExactly(first, second);
    }

    @Test
    void aRefusedFileWritesNothingAndLeavesTheCallersTransactionUsable() {
        String marker = transactions.execute(tx -> {
            DomainException refused = catchThrowableOfType(DomainException.class, () -> attachments.store(owner,
                    "report.pdf", new ByteArrayInputStream(Samples.image("png")), "liaison"));
            assertThat(refused.messageKey()).isEqualTo("error.attachment.nameMismatch");
            return attachments.store(owner, "ok.pdf", new ByteArrayInputStream(Samples.pdf()), "liaison").fileName();
        });
        assertThat(marker).isEqualTo("ok.pdf");
        assertThat(attachments.of(owner)).extracting(StoredFile::fileName).containsExactly("ok.pdf");
    }

    @Test
    void removesAFileOnlyThroughItsOwner() {
        StoredFile file = attachments.store(owner, "错传.png", new ByteArrayInputStream(Samples.image("png")), "liaison");
        assertThat(attachments.remove("it:attachment:someone-else", file.id(), "liaison")).isFalse();
        assertThat(attachments.find(file.id())).isPresent();
        assertThat(attachments.remove(owner, file.id(), "liaison")).isTrue();
        assertThat(attachments.find(file.id())).isEmpty();
        assertThat(attachments.remove(owner, file.id(), "liaison")).isFalse();
    }

    @Test
    void theLimitComesFromTheSettingsAndAnUnknownFileIsNotFound() {
        assertThat(attachments.maxBytes()).isEqualTo(20L << 20);
        assertThat(catchThrowableOfType(NotFoundException.class,
                () -> attachments.copyTo(-1, new ByteArrayOutputStream())).messageKey())
                .isEqualTo("error.attachment.notFound");
    }

    @Test
    void downloadIsAlwaysAnAttachmentWithItsDetectedTypeAndNeverRunsAsAPage() throws Exception {
        byte[] pdf = Samples.pdf();
        StoredFile file = attachments.store(owner, "遂宁市2024年法治政府建设情况报告.pdf", new ByteArrayInputStream(pdf),
                "liaison");

        ResponseEntity<StreamingResponseBody> response = AttachmentDownloads.response(attachments, file);

        HttpHeaders headers = response.getHeaders();
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"attachment-"
                + file.id() + ".pdf\"; filename*=UTF-8''%E9%81%82%E5%AE%81%E5%B8%822024%E5%B9%B4"
                + "%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C%E5%BB%BA%E8%AE%BE%E6%83%85%E5%86%B5%E6%8A%A5%E5%91%8A.pdf");
        assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/pdf");
        assertThat(headers.getContentLength()).isEqualTo(pdf.length);
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(headers.getCacheControl()).contains("private").contains("no-store");
        assertThat(headers.getETag()).isEqualTo("\"" + file.sha256() + "\"");

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        response.getBody().writeTo(body);
        assertThat(body.toByteArray()).isEqualTo(pdf);
    }
}
