package org.fazhi.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AttachmentDownloadsTest {

    @Test
    void namesTheFileInUtf8WithAnAsciiFallback() {
        assertThat(AttachmentDownloads.contentDisposition(file(7, "进展 (终稿).docx", "DOCX")))
                .isEqualTo("attachment; filename=\"attachment-7.docx\"; "
                        + "filename*=UTF-8''%E8%BF%9B%E5%B1%95%20%28%E7%BB%88%E7%A8%BF%29.docx");
        assertThat(AttachmentDownloads.asciiFallback(file(7, "2024年报告.pdf", "PDF"))).isEqualTo("attachment-7.pdf");
        assertThat(AttachmentDownloads.asciiFallback(file(7, "Report 张三.pdf", "PDF"))).isEqualTo("Report _.pdf");
        assertThat(AttachmentDownloads.asciiFallback(file(7, "a\"b\\c;d%e.pdf", "PDF"))).isEqualTo("a_b_c_d_e.pdf");
    }

    @Test
    void neverServesTextOrHtmlEvenIfTheRowSaysSo() {
        assertThat(AttachmentDownloads.mediaType(file(1, "x.html", "HTML")))
                .isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(AttachmentDownloads.mediaType(file(1, "x.png", "PNG"))).isEqualTo(MediaType.IMAGE_PNG);
    }

    @Test
    void showsSizesAndChecksumsForPeople() {
        assertThat(sized(512).displaySize()).isEqualTo("512 B");
        assertThat(sized(35_328).displaySize()).isEqualTo("34.5 KB");
        assertThat(sized(1_300_000).displaySize()).isEqualTo("1.2 MB");
        assertThat(sized(1).shortSha256()).isEqualTo("0123456789ab");
    }

    private static StoredFile sized(long size) {
        return new StoredFile(1, "o", "a.pdf", "PDF", "application/pdf", size, "0123456789abcdef".repeat(4), "u",
                Instant.EPOCH);
    }

    private static StoredFile file(long id, String name, String kind) {
        return new StoredFile(id, "o", name, kind, "text/html", 10, "0".repeat(64), "u", Instant.EPOCH);
    }
}
