package org.fazhi.plan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds thousands of mutated notices (lines deleted or duplicated, punctuation swapped, random bytes
 * inserted, text truncated; UTF-8 and GB18030) to the parser: no exception escapes, and every input
 * either parses into tasks (with warnings) or is refused with a reason. Plain JUnit with a fixed seed, so a
 * failure names the try that broke and can be replayed.
 */
class NoticeFuzzTest {

    private static final List<String> BASES = List.of(Notices.text(Notices.SEED),
            Notices.text("/notices/moushi-2023-gongzuo-yaodian.txt"),
            Notices.text("/notices/mouxian-2022-gongzuo-anpai.txt"),
            Notices.text("/notices/mouzhou-2024-zhongdian-renwu.txt"));
    private static final String PUNCTUATION = "。，,、；;：:（）()〔〕[]［］【】《》“”\n 　";
    private static final byte[] DOCX = OfficeDocuments.docx(List.of("某市2023年法治政府建设任务分工", "2023年1月9日"),
            List.<String[][]>of(new String[][] {
                {"序号", "重点任务", "牵头单位", "配合单位", "完成时限"},
                {"一、依法决策", ">", ">", ">", ">"},
                {"1", "落实合法性审查。", "市司法局", "市直各部门", "2023年6月底前"},
                {"^", "^", "市司法局", "各县（市、区）政府", "年底前"}}), List.of());

    private final NoticeParser parser = new NoticeParser();

    enum Kind { DELETE_LINE, DUPLICATE_LINE, SWAP_PUNCTUATION, INSERT_BYTES, TRUNCATE }

    record Mutation(Kind kind, int position, int choice, byte[] bytes) {
    }

    private static final long SEED = 20261127L;

    @Test
    void everyMutatedNoticeParsesOrIsRefusedWithAReason() {
        Random random = new Random(SEED);
        for (int i = 0; i < 3000; i++) {
            int base = random.nextInt(BASES.size());
            List<Mutation> mutations = mutations(random);
            Charset charset = random.nextBoolean() ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
            byte[] input = mutate(BASES.get(base), mutations, charset);
            assertParsesOrRefuses(parser.parse(input, "fuzz.txt"), "try " + i + " of seed " + SEED);
        }
    }

    @Test
    void everyDamagedWordFileParsesOrIsRefusedWithAReason() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 150; i++) {
            byte[] input = DOCX.clone();
            for (Mutation m : mutations(random)) {
                input[Math.floorMod(m.position(), input.length)] ^= (byte) (1 + m.choice() % 255);
            }
            assertParsesOrRefuses(parser.parse(input, "damaged.docx"), "try " + i + " of seed " + (SEED + 1));
        }
    }

    private static void assertParsesOrRefuses(ParseResult result, String which) {
        assertThat(result).as(which).isNotNull();
        if (result instanceof Refusal refusal) {
            assertThat(refusal.messageKey()).as(which).startsWith("error.plan.notice.").isNotEqualTo("error.plan.notice.internal");
            assertThat(refusal.message()).isNotBlank().doesNotStartWith("error.");
        } else {
            ParsedNotice notice = (ParsedNotice) result;
            assertThat(notice.allTasks()).as(which).isNotEmpty();
            assertThat(notice.warnings()).allSatisfy(w -> {
                assertThat(w.messageKey()).startsWith("plan.ingest.warning.");
                assertThat(w.line()).isNotNegative();
                assertThat(w.message()).isNotBlank();
            });
            assertThat(ParseCommand.toJson(notice)).startsWith("{");
        }
    }

    /** One to six random mutations. */
    private static List<Mutation> mutations(Random random) {
        int count = 1 + random.nextInt(6);
        List<Mutation> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            random.nextBytes(bytes);
            list.add(new Mutation(Kind.values()[random.nextInt(Kind.values().length)], random.nextInt(Integer.MAX_VALUE),
                    random.nextInt(1001), bytes));
        }
        return list;
    }

    static byte[] mutate(String text, List<Mutation> mutations, Charset charset) {
        String mutated = text;
        for (Mutation m : mutations) {
            mutated = switch (m.kind()) {
                case DELETE_LINE -> editLines(mutated, m, false);
                case DUPLICATE_LINE -> editLines(mutated, m, true);
                case SWAP_PUNCTUATION -> swapPunctuation(mutated, m);
                default -> mutated;
            };
        }
        byte[] bytes = mutated.getBytes(charset);
        for (Mutation m : mutations) {
            if (m.kind() == Kind.INSERT_BYTES) {
                int at = Math.floorMod(m.position(), bytes.length + 1);
                byte[] grown = new byte[bytes.length + m.bytes().length];
                System.arraycopy(bytes, 0, grown, 0, at);
                System.arraycopy(m.bytes(), 0, grown, at, m.bytes().length);
                System.arraycopy(bytes, at, grown, at + m.bytes().length, bytes.length - at);
                bytes = grown;
            } else if (m.kind() == Kind.TRUNCATE) {
                bytes = Arrays.copyOf(bytes, Math.floorMod(m.position(), bytes.length + 1));
            }
        }
        return bytes;
    }

    private static String editLines(String text, Mutation m, boolean duplicate) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int index = Math.floorMod(m.position(), lines.size());
        if (duplicate) {
            lines.add(index, lines.get(index));
        } else {
            lines.remove(index);
        }
        return String.join("\n", lines);
    }

    private static String swapPunctuation(String text, Mutation m) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (int tries = 0; tries < 50; tries++) {
            int at = Math.floorMod(m.position() + tries * 7919, sb.length());
            if (PUNCTUATION.indexOf(sb.charAt(at)) >= 0) {
                sb.setCharAt(at, PUNCTUATION.charAt(m.choice() % PUNCTUATION.length()));
                return sb.toString();
            }
        }
        return sb.toString();
    }
}
