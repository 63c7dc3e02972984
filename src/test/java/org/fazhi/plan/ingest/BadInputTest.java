package org.fazhi.plan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a localisable reason, or parsed with a warning where that is safe. */
class BadInputTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private final NoticeParser parser = new NoticeParser();

    private static String seed() {
        return Notices.text(Notices.SEED);
    }

    private static byte[] encode(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private Refusal refusal(byte[] content, String fileName) {
        ParseResult result = parser.parse(content, fileName);
        assertThat(result).isInstanceOf(Refusal.class);
        Refusal refusal = (Refusal) result;
        assertThat(refusal.message()).doesNotContain("error.plan.notice");
        assertThat(NoticeMessages.format(refusal.messageKey(), refusal.args(), Locale.ENGLISH))
                .doesNotContain("error.plan.notice").isNotEqualTo(refusal.message());
        return refusal;
    }

    @Test
    void refusesEmptyInput() {
        assertThat(refusal(new byte[0], "a.txt").messageKey()).isEqualTo("error.plan.notice.empty");
        assertThat(refusal(" \r\n\t\n".getBytes(StandardCharsets.UTF_8), "a.txt").messageKey()).isEqualTo("error.plan.notice.empty");
        assertThat(refusal("\uFEFF\u3000\n".getBytes(StandardCharsets.UTF_8), "a.txt").messageKey()).isEqualTo("error.plan.notice.empty");
        assertThat(parser.parse(null, null)).isInstanceOf(Refusal.class);
    }

    @Test
    void refusesBinaryFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThat(refusal(png, "notice.txt").messageKey()).isEqualTo("error.plan.notice.binary");
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 0x07);
        assertThat(refusal(controls, "notice.txt").messageKey()).isEqualTo("error.plan.notice.binary");
    }

    @Test
    void refusesOldWordPdfAndRtfAsUnsupported() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(refusal(ole, "旧通知.doc").args()).containsExactly(".doc");
        assertThat(refusal("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "x.pdf").messageKey())
                .isEqualTo("error.plan.notice.unsupportedFormat");
    }

    @Test
    void refusesADocxThatIsNotAZip() {
        Refusal refusal = refusal(seed().getBytes(StandardCharsets.UTF_8), "通知.docx");
        assertThat(refusal.messageKey()).isEqualTo("error.plan.notice.notZip");
        assertThat(refusal.args()).containsExactly("通知.docx");
        assertThat(refusal("PK".getBytes(StandardCharsets.US_ASCII), "台账.xlsx").messageKey()).isEqualTo("error.plan.notice.notZip");
    }

    @Test
    void refusesAZipThatIsNeitherWordNorExcelAndADamagedDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(out.toByteArray(), "x.docx").messageKey()).isEqualTo("error.plan.notice.corrupt");
        byte[] docx = OfficeDocuments.docx(List.of("一、任务", "（一）落实。（市司法局负责）"), List.of(), List.of());
        assertThat(refusal(Arrays.copyOf(docx, docx.length / 2), "x.docx").messageKey()).isEqualTo("error.plan.notice.corrupt");
    }

    @Test
    void refusesFilesOverTheSizeLimit() {
        byte[] seed = seed().getBytes(StandardCharsets.UTF_8);
        Refusal small = (Refusal) new NoticeParser(1000).parse(seed, "seed.txt");
        assertThat(small.messageKey()).isEqualTo("error.plan.notice.tooLarge");
        assertThat(small.args()).containsExactly(String.valueOf(seed.length), "1000");
        byte[] sixMegabytes = new byte[6 * 1024 * 1024];
        Arrays.fill(sixMegabytes, (byte) 'a');
        assertThat(refusal(sixMegabytes, "big.txt").messageKey()).isEqualTo("error.plan.notice.tooLarge");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030"})
    void refusesTextWithoutRecognisableTasks(String charset) {
        String letter = "关于做好2024年度普法工作的通知\n各单位：\n请结合实际认真做好相关工作。\n某市司法局\n2024年1月5日\n";
        assertThat(refusal(encode(letter, charset), "letter.txt").messageKey()).isEqualTo("error.plan.notice.noTasks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030"})
    void refusesANoticeCutOffInTheMiddleOfItsLastTask(String charset) {
        String cut = seed().substring(0, seed().indexOf("切实加强审计监督"));
        Refusal refusal = refusal(encode(cut, charset), "cut.txt");
        assertThat(refusal.messageKey()).isEqualTo("error.plan.notice.truncated");
        assertThat(refusal.line()).isEqualTo(39);
    }

    @Test
    void refusesANoticeCutInsideAMultiByteCharacter() {
        byte[] bytes = seed().getBytes(StandardCharsets.UTF_8);
        int cut = seed().indexOf("认真办理人大代表议案");
        byte[] prefix = seed().substring(0, cut).getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(Arrays.copyOf(bytes, prefix.length + 2), "cut.txt").messageKey())
                .isEqualTo("error.plan.notice.truncated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030"})
    void refusesDuplicateTaskNumbers(String charset) {
        String duplicated = seed().replace("(十二)健全法律顾问制度", "(十一)健全法律顾问制度");
        Refusal refusal = refusal(encode(duplicated, charset), "dup.txt");
        assertThat(refusal.messageKey()).isEqualTo("error.plan.notice.duplicateTaskNumber");
        assertThat(refusal.args()).containsExactly("23", "(十一)");
        assertThat(refusal.line()).isEqualTo(23);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030"})
    void refusesAResponsibilityTagWithoutItsClosingBracket(String charset) {
        String unclosed = seed().replace("市司法局、市直有关部门,各县(市、区)政府〕\n(三)", "市司法局、市直有关部门,各县(市、区)政府\n(三)");
        Refusal refusal = refusal(encode(unclosed, charset), "unclosed.txt");
        assertThat(refusal.messageKey()).isEqualTo("error.plan.notice.unclosedTag");
        assertThat(refusal.line()).isEqualTo(11);
        assertThat(refusal.message()).contains("第 11 行");
    }

    @Test
    void refusesUnbalancedBracketsInsideAUnitList() {
        String broken = seed().replace("〔责任单位:市司法局、市国资委、市直有关部门,各县(市、区)政府〕",
                "〔责任单位:市司法局、市国资委、市直有关部门,各县(市、区政府〕");
        Refusal refusal = refusal(broken.getBytes(StandardCharsets.UTF_8), "x.txt");
        assertThat(refusal.messageKey()).isEqualTo("error.plan.notice.unbalancedUnits");
        assertThat(refusal.line()).isEqualTo(23);
    }

    @Test
    void warnsButParsesWhenBracketsInTaskProseDoNotPair() {
        String typo = seed().replace("(2021—2025年)》", "(2021—2025年》");
        ParsedNotice notice = Notices.parse(typo);
        assertThat(notice.allTasks()).hasSize(24);
        assertThat(notice.warnings()).singleElement().satisfies(w -> {
            assertThat(w.messageKey()).isEqualTo("plan.ingest.warning.unbalancedBrackets");
            assertThat(w.line()).isEqualTo(12);
        });
    }

    @Test
    void warnsAboutAGapInTheNumberingWhereATaskLineWasLost() {
        String lost = seed().replaceAll("\\(五\\)深化“放管服”改革[^\\n]*\\n", "");
        ParsedNotice notice = Notices.parse(lost);
        assertThat(notice.allTasks()).hasSize(23);
        assertThat(notice.warnings()).singleElement().satisfies(w -> {
            assertThat(w.messageKey()).isEqualTo("plan.ingest.warning.numberGap");
            assertThat(w.args()).containsExactly("(四)", "(六)");
        });
    }

    @Test
    void warnsAboutAGapInTheSectionNumberingWhereAHeadingWasLost() {
        ParsedNotice notice = Notices.parse(seed().replace("三、推进依法科学民主决策\n", ""));
        assertThat(notice.sections()).hasSize(6);
        assertThat(notice.allTasks()).hasSize(24);
        assertThat(notice.warnings()).singleElement().satisfies(w -> {
            assertThat(w.messageKey()).isEqualTo("plan.ingest.warning.sectionNumberGap");
            assertThat(w.args()).containsExactly("二、", "四、");
            assertThat(w.line()).isEqualTo(23);
        });
    }

    @Test
    void warnsAboutTasksWithoutUnitsAndAFewUndecodableBytes() {
        String text = "说明" + "。".repeat(3000) + "\n一、任务\n（一）开展评估。加强督促。\n（二）完善制度。（市司法局负责）\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int at = ("说明" + "。".repeat(3000) + "\n一、任务\n（一）开展").getBytes(StandardCharsets.UTF_8).length + 1;
        byte[] withJunk = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, withJunk, 0, at);
        withJunk[at] = (byte) 0xFF;
        System.arraycopy(bytes, at, withJunk, at + 1, bytes.length - at);
        ParsedNotice notice = Notices.parsed(parser.parse(withJunk, "junk.txt"));
        assertThat(notice.allTasks()).hasSize(2);
        assertThat(notice.warnings()).extracting(ParseWarning::messageKey, ParseWarning::line).contains(
                org.assertj.core.groups.Tuple.tuple("plan.ingest.warning.invalidBytes", 3),
                org.assertj.core.groups.Tuple.tuple("plan.ingest.warning.noResponsibility", 3));
    }

    @Test
    void neverLetsAnExceptionEscape() {
        assertThat(parser.parse(new byte[] {'P', 'K', 3, 4, 0, 0, 0}, "x.xlsx")).isInstanceOf(Refusal.class);
        assertThat(parser.parseText("（一）" + "（".repeat(5000))).isInstanceOf(ParseResult.class);
    }
}
