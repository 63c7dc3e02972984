package org.fazhi.reconsideration.internal;

/** The deadlines a 行政复议 case carries, in the order of the procedure. */
public enum DeadlineKind {
    /** 申请期限 — 60 days from knowing of the act (第二十条第一款). */
    APPLICATION("reconsideration.application"),
    /** 申请期限最长一年 when not told of the right (第二十条第三款); counted as the days to the same date next year. */
    APPLICATION_CAP(null),
    /** 受理审查 — 5 working days, restarted by a correction (第三十条、第三十一条第三款). */
    ACCEPTANCE_REVIEW("reconsideration.acceptanceReview"),
    /** 补正通知 — within 5 working days of receipt (第三十一条第一款). */
    CORRECTION_NOTICE("reconsideration.correctionNotice"),
    /** 申请人补正 — 10 working days from the notice (第三十一条第二款). */
    CORRECTION_BY_APPLICANT("reconsideration.correctionByApplicant"),
    /** 发送申请书副本 — 7 (simplified 3) working days from acceptance (第四十八条、第五十四条). */
    COPY_TO_RESPONDENT(null),
    /** 被申请人答复 — 10 (simplified 5) working days from the copy (第四十八条、第五十四条). */
    ANSWER(null),
    /** 复议决定 — 60 (simplified 30) days from acceptance, suspensions not counted, one extension (第六十二条). */
    DECISION(null),
    /** 意见书落实情况 — 60 days (第七十六条). */
    OPINION_FOLLOW_UP("reconsideration.opinionFollowUp");

    private final String fixedRule;

    DeadlineKind(String fixedRule) {
        this.fixedRule = fixedRule;
    }

    /** The rule id when it does not depend on the procedure, else {@code null}. */
    public String fixedRule() {
        return fixedRule;
    }
}
