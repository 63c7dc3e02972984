package org.fazhi.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.fazhi.platform.DomainException;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsTheUsersNameWithoutItsDirectories() {
        assertThat(FileNames.clean("C:\\Users\\张三\\桌面\\2024年法治政府建设情况.pdf")).isEqualTo("2024年法治政府建设情况.pdf");
        assertThat(FileNames.clean("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(FileNames.clean("  进展 (终稿).docx ")).isEqualTo("进展 (终稿).docx");
    }

    @Test
    void dropsControlAndDirectionOverrideCharacters() {
        assertThat(FileNames.clean("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
        assertThat(FileNames.clean("报告\u202Efdp.exe")).isEqualTo("报告fdp.exe");
    }

    @Test
    void capsTheLengthKeepingTheExtension() {
        String name = FileNames.clean("长".repeat(300) + ".docx");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("长.docx");
        String emoji = FileNames.clean("😀".repeat(250));
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(FileNames.MAX_LENGTH);
    }

    @Test
    void refusesANameThatIsBlankOnceCleaned() {
        for (String blank : new String[] {null, "", "   ", "dir/", "..", "\u202E\u0007"}) {
            assertThat(catchThrowableOfType(DomainException.class, () -> FileNames.clean(blank)).messageKey())
                    .as("%s", blank).isEqualTo("error.attachment.noName");
        }
    }

    @Test
    void readsOnlyExtensionsThatLookLikeOne() {
        assertThat(FileNames.extension("a.PDF")).contains("pdf");
        assertThat(FileNames.extension("第2024.3期")).isEmpty();
        assertThat(FileNames.extension(".pdf")).isEmpty();
        assertThat(FileNames.extension("v1.2 final")).isEmpty();
        assertThat(FileNames.withExtension("扫描件", "jpg")).isEqualTo("扫描件.jpg");
        assertThat(FileNames.withExtension("扫描件.jpeg", "jpg")).isEqualTo("扫描件.jpeg");
    }
}
