package org.fazhi.calendar;

/** How a pause affects a running period. */
public enum PauseKind {
    /**
     * The clock stops and the whole period is counted again from the restart date, e.g. 补正: 行政复议法
     * Art. 31, 政府信息公开条例 Art. 30 ("答复期限自行政机关收到补正的申请之日起计算").
     */
    RESTART,
    /**
     * The days from stop to resume are not counted and the rest of the period runs on, e.g. 中止
     * (行政复议法 Art. 39) or third-party consultation (政府信息公开条例 Art. 33 para. 3).
     */
    SUSPEND
}
