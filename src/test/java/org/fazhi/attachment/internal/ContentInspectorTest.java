package org.fazhi.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.fazhi.attachment.AttachmentProperties;
import org.fazhi.attachment.FileKind;
import org.fazhi.attachment.Samples;
import org.fazhi.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ContentInspectorTest {

    private final ContentInspector inspector = new ContentInspector(
            new AttachmentProperties(DataSize.ofMegabytes(20), null, 10_000, 100));

    @Test
    void acceptsRealFilesOfEveryKindAndServesTheirMediaType() {
        assertThat(kind("通知.pdf", Samples.pdf())).isEqualTo(FileKind.PDF);
        assertThat(kind("scan.png", Samples.image("png"))).isEqualTo(FileKind.PNG);
        assertThat(kind("photo.JPG", Samples.image("jpeg"))).isEqualTo(FileKind.JPEG);
        assertThat(kind("chart.gif", Samples.image("gif"))).isEqualTo(FileKind.GIF);
        assertThat(kind("进展情况.docx", Samples.docx("已完成"))).isEqualTo(FileKind.DOCX);
        assertThat(kind("台账.xlsx", Samples.xlsx())).isEqualTo(FileKind.XLSX);
        assertThat(kind("汇报.pptx", Samples.pptx())).isEqualTo(FileKind.PPTX);
        assertThat(kind("旧台账.xls", Samples.xls())).isEqualTo(FileKind.XLS);
        assertThat(kind("文件.ofd", Samples.zip(100, (byte) '<', "OFD.xml", "Doc_0/Document.xml")))
                .isEqualTo(FileKind.OFD);
        assertThat(FileKind.DOCX.mediaType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void acceptsTheLedgerExportsOfPoisStreamingWriter() {
        assertThat(kind("台账导出.xlsx", Samples.streamedXlsx(20_000))).isEqualTo(FileKind.XLSX);
    }

    @Test
    void tellsWordFromExcelInsideAnOle2FileByItsStreamsNotItsName() throws Exception {
        assertThat(kind("老文件.doc", ole2("WordDocument"))).isEqualTo(FileKind.DOC);
        assertThat(kind("金山文字.wps", ole2("WordDocument"))).isEqualTo(FileKind.DOC);
        assertThat(kind("金山表格.et", Samples.xls())).isEqualTo(FileKind.XLS);
        assertThat(refusal("老文件.doc", Samples.xls()).messageKey()).isEqualTo("error.attachment.nameMismatch");
        assertThat(refusal("setup.doc", ole2("SummaryInformation")).messageKey())
                .isEqualTo("error.attachment.typeNotAllowed");
        assertThat(refusal("加密.docx", ole2("EncryptedPackage")).messageKey()).isEqualTo("error.attachment.encrypted");
        assertThat(refusal("宏.doc", ole2("WordDocument", "Macros")).messageKey())
                .isEqualTo("error.attachment.activeContent");
    }

    @Test
    void refusesAnExecutableRenamedToPdf() {
        DomainException e = refusal("说明.pdf", Samples.windowsExecutable());
        assertThat(e.messageKey()).isEqualTo("error.attachment.typeNotAllowed");
        assertThat(e.args()).containsExactly("说明.pdf");
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};
        assertThat(refusal("report.pdf", elf).messageKey()).isEqualTo("error.attachment.typeNotAllowed");
    }

    @Test
    void refusesTextHtmlAndPlainArchives() {
        assertThat(refusal("note.txt", "进展顺利".getBytes(StandardCharsets.UTF_8)).messageKey())
                .isEqualTo("error.attachment.typeNotAllowed");
        assertThat(refusal("page.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .messageKey()).isEqualTo("error.attachment.typeNotAllowed");
        assertThat(refusal("材料.zip", Samples.zip(10, (byte) 'a', "a.txt")).messageKey())
                .isEqualTo("error.attachment.typeNotAllowed");
        byte[] damaged = {'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9};
        assertThat(refusal("坏的.docx", damaged).messageKey()).isEqualTo("error.attachment.typeNotAllowed");
    }

    @Test
    void refusesANameThatSaysAnotherTypeThanTheContent() {
        DomainException e = refusal("report.pdf", Samples.image("png"));
        assertThat(e.messageKey()).isEqualTo("error.attachment.nameMismatch");
        assertThat(e.args()).containsExactly("report.pdf", "PNG");
        assertThat(refusal("台账.docx", Samples.xlsx()).args()).containsExactly("台账.docx", "XLSX");
        assertThat(refusal("scan.exe", Samples.pdf()).messageKey()).isEqualTo("error.attachment.nameMismatch");
    }

    @Test
    void givesANameWithoutExtensionTheOneOfItsContent() {
        assertThat(inspect("扫描件", Samples.image("jpeg")).fileName()).isEqualTo("扫描件.jpg");
        assertThat(inspect("第2024.3期", Samples.pdf()).fileName()).isEqualTo("第2024.3期.pdf");
    }

    @Test
    void refusesAZipBombByTheRatioOfALargeEntry() {
        byte[] bomb = Samples.zip(50L << 20, (byte) 0, "[Content_Types].xml", "word/document.xml");
        assertThat(bomb.length).isLessThan(200_000);
        DomainException e = refusal("bomb.docx", bomb);
        assertThat(e.messageKey()).isEqualTo("error.attachment.archiveBomb");
        assertThat(e.args()).containsExactly("bomb.docx");
    }

    @Test
    void refusesAZipWhoseEntriesTogetherUnpackTooMuch() {
        ContentInspector small = new ContentInspector(
                new AttachmentProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(2), 10_000, 100_000));
        byte[] many = Samples.zip(1L << 20, (byte) 'x', "[Content_Types].xml", "xl/a.xml", "xl/b.xml");
        assertThat(catchThrowableOfType(DomainException.class, () -> small.inspect("big.xlsx", stream(many)))
                .messageKey()).isEqualTo("error.attachment.archiveBomb");
        assertThat(small.inspect("ok.xlsx", stream(Samples.zip(1L << 19, (byte) 'x', "[Content_Types].xml",
                "xl/a.xml", "xl/b.xml"))).kind()).isEqualTo(FileKind.XLSX);
    }

    @Test
    void refusesAZipWithTooManyEntries() {
        ContentInspector few = new ContentInspector(
                new AttachmentProperties(DataSize.ofMegabytes(1), null, 50, 100));
        String[] names = new String[52];
        names[0] = "[Content_Types].xml";
        for (int i = 1; i < names.length; i++) {
            names[i] = "word/part" + i + ".xml";
        }
        assertThat(catchThrowableOfType(DomainException.class, () -> few.inspect("many.docx",
                stream(Samples.zip(1, (byte) 'x', names)))).messageKey()).isEqualTo("error.attachment.archiveBomb");
    }

    @Test
    void refusesMacroEnabledOfficeFiles() {
        byte[] macros = Samples.zip(10, (byte) 'x', "[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");
        assertThat(refusal("宏.docx", macros).messageKey()).isEqualTo("error.attachment.activeContent");
    }

    @Test
    void refusesAPdfThatRunsScriptsOrProgramsEvenWhenTheNameIsEscaped() {
        assertThat(refusal("form.pdf", Samples.pdf("/S /JavaScript /JS (app.alert(1))")).messageKey())
                .isEqualTo("error.attachment.activeContent");
        assertThat(refusal("form.pdf", Samples.pdf("/S /J#61vaScript")).messageKey())
                .isEqualTo("error.attachment.activeContent");
        assertThat(refusal("run.pdf", Samples.pdf("/S /Launch /F (cmd.exe)")).messageKey())
                .isEqualTo("error.attachment.activeContent");
        assertThat(kind("data.pdf", Samples.pdf("/JSON 1 /Launcher 2 /URI (https://example.org)")))
                .isEqualTo(FileKind.PDF);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(refusal("空.pdf", new byte[0]).messageKey()).isEqualTo("error.attachment.empty");
    }

    @Test
    void refusesAnOversizeStreamAfterReadingOneBytePastTheLimit() {
        ContentInspector oneMb = new ContentInspector(
                new AttachmentProperties(DataSize.ofMegabytes(1), null, 10_000, 100));
        EndlessStream endless = new EndlessStream();
        DomainException e = catchThrowableOfType(DomainException.class, () -> oneMb.inspect("大.pdf", endless));
        assertThat(e.messageKey()).isEqualTo("error.attachment.tooLarge");
        assertThat(e.args()).containsExactly("1");
        assertThat(endless.served).isEqualTo((1L << 20) + 1);
        assertThat(oneMb.inspect("刚好.pdf", stream(padded(Samples.pdf(), 1 << 20))).content()).hasSize(1 << 20);
    }

    @Test
    void keepsTheSha256OfTheBytes() throws Exception {
        byte[] png = Samples.image("png");
        InspectedFile file = inspect("a.png", png);
        assertThat(file.sha256()).hasSize(64)
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
        assertThat(file.content()).isEqualTo(png);
    }

    @Test
    void limitReadsAsMegabytesWithoutGrouping() {
        assertThat(ContentInspector.megabytes(20L << 20)).isEqualTo("20");
        assertThat(ContentInspector.megabytes(512L << 10)).isEqualTo("0.5");
        assertThat(ContentInspector.megabytes(2048L << 20)).isEqualTo("2048");
    }

    private FileKind kind(String name, byte[] bytes) {
        return inspect(name, bytes).kind();
    }

    private InspectedFile inspect(String name, byte[] bytes) {
        return inspector.inspect(name, stream(bytes));
    }

    private DomainException refusal(String name, byte[] bytes) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> inspect(name, bytes));
        assertThat(e).as("refused %s", name).isNotNull();
        return e;
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] padded(byte[] pdf, int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(pdf, 0, bytes, 0, pdf.length);
        java.util.Arrays.fill(bytes, pdf.length, size, (byte) ' ');
        return bytes;
    }

    private static byte[] ole2(String... streams) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String name : streams) {
                fs.createDocument(new ByteArrayInputStream(new byte[600]), name);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A stream that never ends and counts what it served, so the test never holds more than the limit. */
    private static final class EndlessStream extends InputStream {

        long served;

        @Override
        public int read() {
            served++;
            return '%';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) '%');
            served += len;
            return len;
        }
    }
}
