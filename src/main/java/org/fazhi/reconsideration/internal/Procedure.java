package org.fazhi.reconsideration.internal;

/** 普通程序 or 简易程序 (行政复议法 第五十三条、第五十四条、第六十二条). */
public enum Procedure {
    ORDINARY("reconsideration.copyToRespondent", "reconsideration.answer", "reconsideration.decision"),
    SIMPLIFIED("reconsideration.simplified.copyToRespondent", "reconsideration.simplified.answer",
            "reconsideration.simplified.decision");

    private final String copyRule;
    private final String answerRule;
    private final String decisionRule;

    Procedure(String copyRule, String answerRule, String decisionRule) {
        this.copyRule = copyRule;
        this.answerRule = answerRule;
        this.decisionRule = decisionRule;
    }

    /** Rule id of sending the application copy: 7 working days, simplified 3 (第四十八条、第五十四条). */
    public String copyRule() {
        return copyRule;
    }

    /** Rule id of the respondent's answer: 10 working days, simplified 5 (第四十八条、第五十四条). */
    public String answerRule() {
        return answerRule;
    }

    /** Rule id of the decision: 60 days, simplified 30 (第六十二条). */
    public String decisionRule() {
        return decisionRule;
    }
}
