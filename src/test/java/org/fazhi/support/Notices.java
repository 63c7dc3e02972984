package org.fazhi.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;

/** Notices for tests: the bundled seed, and small notices with a fresh document number each time. */
public final class Notices {

    private static final String[] LABELS = {"(一)", "(二)", "(三)", "(四)", "(五)"};

    private Notices() {
    }

    /** The bytes of the bundled seed notice 遂府办函〔2021〕35号. */
    public static byte[] seed() {
        try (InputStream in = new ClassPathResource("plans/suining-2021-rule-of-law-plan.txt").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A document number no other test uses. The parser takes at most five digits, so four random stems widen the
     * space to 10⁹: with only 10⁵ numbers, the few hundred plans one suite run imports collided often (birthday
     * bound), and a re-import of the same number returns the earlier plan with its state.
     */
    public static String docNumber() {
        java.util.Random random = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder stems = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            stems.append(STEMS.charAt(random.nextInt(STEMS.length())));
        }
        return "遂府办函" + stems + "〔2030〕" + random.nextInt(100_000) + "号";
    }

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    /** A small notice of one section whose tasks are given as written (title, body, responsibility tag). */
    public static String notice(String docNumber, String... tasks) {
        StringBuilder sb = new StringBuilder(docNumber + "\n各县(市、区)人民政府,市直各部门:\n"
                + "现将《遂宁市2030年度法治政府建设工作要点》印发给你们,请认真贯彻落实。\n遂宁市人民政府办公室\n2030年3月1日\n"
                + "遂宁市2030年度法治政府建设工作要点\n一、全面推进依法行政\n");
        for (int i = 0; i < tasks.length; i++) {
            sb.append(LABELS[i]).append(tasks[i]).append('\n');
        }
        return sb.toString();
    }
}
