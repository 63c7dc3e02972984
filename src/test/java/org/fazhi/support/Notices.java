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

    /** A document number no other test uses. */
    public static String docNumber() {
        return "遂府办函〔2030〕" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000) + "号";
    }

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
