package org.fazhi.progress;

/** What a unit says of its work: 未启动 / 推进中 / 已完成 / 滞后 (滞后 needs a reason). */
public enum ReportStatus {
    NOT_STARTED, IN_PROGRESS, DONE, LATE
}
