package org.fazhi.synthetic.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What happened to one assignment over its plan year, drawn from a random stream seeded by the run's seed and
 * the assignment's ordinal — so the report pass and the decision pass, run one after the other, see exactly
 * the same versions without keeping them in memory.
 *
 * <p>The mix: in the newest year about 3% of assignments are never signed for (no reports); about 4% of
 * periods get no report at all (a red light); about 14% of periods have a version the office returned before
 * the one that stands; past years are accepted, while the newest year's third and fourth quarters leave some
 * reports submitted and some drafts; about 7% say 滞后 with a reason; about 10% are submitted after the due day.
 * The same transitions as {@code progress.internal.Reporting}: SUBMITTED is recorded for every delivered
 * version, then ACCEPTED or RETURNED by the office.
 */
final class ReportScript {

    static final String AUTHOR = "synthetic";
    static final String OFFICE = "synthetic-office";

    record Decision(String kind, String actor, LocalDateTime at, String comment) {
    }

    record Version(String periodKey, int versionNo, String state, String status, String lateReason, String doneText,
                   String nextSteps, Integer percent, LocalDateTime createdAt, LocalDateTime submittedAt,
                   List<Decision> decisions) {
    }

    record Script(boolean signed, LocalDateTime signedAt, List<Version> versions) {
    }

    private ReportScript() {
    }

    static Script of(long seed, long ordinal, int year, boolean newestYear, LocalDate issued, String taskTitle) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + ordinal);
        LocalDateTime signedAt = issued.atTime(9, 0).plusDays(1 + random.nextInt(3)).plusMinutes(random.nextInt(480));
        if (newestYear && random.nextInt(100) < 3) {
            return new Script(false, null, List.of());
        }
        String topic = taskTitle.length() > 24 ? taskTitle.substring(0, 24) + "…" : taskTitle;
        List<Version> versions = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            if (random.nextInt(100) < 4) {
                continue;
            }
            LocalDate end = LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1);
            LocalDate due = end.plusDays(7);
            int roll = random.nextInt(100);
            int returned = roll < 12 ? 1 : roll < 14 ? 2 : 0;
            String last = finalState(random, newestYear, q);
            boolean late = random.nextInt(100) < 7;
            boolean afterDue = random.nextInt(100) < 10;
            LocalDateTime at = end.atTime(9, 0).plusDays(1 + random.nextInt(5)).plusMinutes(random.nextInt(540));
            if (afterDue) {
                at = due.atTime(10, 0).plusDays(1 + random.nextInt(15));
            }
            for (int v = 1; v <= returned + 1; v++) {
                String state = v <= returned ? "RETURNED" : last;
                String status = late ? "LATE" : q == 4 && random.nextInt(100) < 85 ? "DONE" : "IN_PROGRESS";
                Integer percent = "DONE".equals(status) ? Integer.valueOf(100)
                        : Integer.valueOf(Math.min(95, q * 25 - 10 + random.nextInt(15)));
                String done = q + "季度：围绕“" + topic + "”已完成阶段性工作，形成工作台账" + (v > 1 ? "，并按审核意见补充了佐证材料。" : "。");
                String next = q == 4 ? "巩固成果，建立长效机制。" : "按计划推进下一阶段工作。";
                List<Decision> decisions = new ArrayList<>();
                LocalDateTime submitted = "DRAFT".equals(state) ? null : at.plusMinutes(30);
                if (submitted != null) {
                    decisions.add(new Decision("SUBMITTED", AUTHOR, submitted, null));
                    if ("RETURNED".equals(state)) {
                        decisions.add(new Decision("RETURNED", OFFICE, submitted.plusDays(2), "请补充佐证材料，量化完成情况。"));
                    } else if ("ACCEPTED".equals(state)) {
                        decisions.add(new Decision("ACCEPTED", OFFICE, submitted.plusDays(3), null));
                    }
                }
                versions.add(new Version(year + "-Q" + q, v, state, status,
                        late ? "受客观因素影响，进度滞后，已制定整改措施。" : null, done, next, percent, at, submitted,
                        decisions));
                at = at.plusDays(4 + random.nextInt(4));
            }
        }
        return new Script(true, signedAt, versions);
    }

    private static String finalState(SplittableRandom random, boolean newestYear, int quarter) {
        int roll = random.nextInt(100);
        if (newestYear && quarter == 4) {
            return roll < 25 ? "SUBMITTED" : roll < 35 ? "DRAFT" : "ACCEPTED";
        }
        if (newestYear && quarter == 3) {
            return roll < 10 ? "SUBMITTED" : "ACCEPTED";
        }
        return roll < 2 ? "DRAFT" : "ACCEPTED";
    }
}
