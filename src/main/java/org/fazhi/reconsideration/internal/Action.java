package org.fazhi.reconsideration.internal;

/** A step on a case. Each is recorded as an event row (who, when, what, why). */
public enum Action {
    /** 登记申请. */
    REGISTER,
    /** 补正通知 (第三十一条第一款). */
    REQUEST_CORRECTION,
    /** 收到补正材料 — the review restarts (第三十一条第三款). */
    RECEIVE_CORRECTION,
    /** 视为放弃 (第三十一条第二款). */
    ABANDON,
    /** 不予受理 (第三十条第二款). */
    REJECT,
    /** 受理 (第三十条第一款), choosing the procedure (第五十三条). */
    ACCEPT,
    /** 视为受理 — the review period ran out (第三十条第三款). */
    DEEM_ACCEPTED,
    /** 发送申请书副本 (第四十八条、第五十四条). */
    SEND_COPY,
    /** 被申请人提交答复 (第四十八条、第五十四条). */
    RECORD_ANSWER,
    /** 简易程序转普通程序 (第五十五条). */
    CONVERT_TO_ORDINARY,
    /** 安排听证 (第五十一条). */
    SCHEDULE_HEARING,
    /** 延长审理期限 (第六十二条第一款). */
    EXTEND,
    /** 中止 (第三十九条). */
    SUSPEND,
    /** 恢复审理 (第三十九条第二款). */
    RESUME,
    /** 作出决定、调解、和解或终止 (第六十三条至第六十九条、第三十三条、第七十三条、第七十四条、第四十一条). */
    DECIDE,
    /** 制发行政复议意见书 (第七十六条). */
    ISSUE_OPINION,
    /** 收到意见书落实情况 (第七十六条). */
    RECORD_OPINION_REPLY,
    /** 作废 — with a reason; nothing is deleted. */
    VOID,
    /** 上传材料 — a file added to the case (the office, or the respondent's liaison with its answer). */
    ATTACH,
    /** The respondent unit was merged into another (机构改革); recorded by the system, not offered to users. */
    RESPONDENT_MERGED
}
