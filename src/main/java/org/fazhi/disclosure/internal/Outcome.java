package org.fazhi.disclosure.internal;

/**
 * 办理结果 — the reply's category under 政府信息公开条例 第三十六条 (and 第三十七条 for partial disclosure),
 * in the rows of the national annual report table (国办公开办函〔2021〕30号 第三部分 三、本年度办理结果).
 * "Already public" (Art. 36(一)) is its own choice on the form and counted in row (一) 予以公开.
 */
public enum Outcome {
    ALREADY_PUBLIC(Group.DISCLOSED, 0),
    DISCLOSED(Group.DISCLOSED, 0),
    PARTIAL(Group.PARTIAL, 0),
    REFUSED_STATE_SECRET(Group.REFUSED, 1),
    REFUSED_LAW_PROHIBITS(Group.REFUSED, 2),
    REFUSED_SECURITY_STABILITY(Group.REFUSED, 3),
    REFUSED_THIRD_PARTY(Group.REFUSED, 4),
    REFUSED_INTERNAL_AFFAIRS(Group.REFUSED, 5),
    REFUSED_PROCESS_INFO(Group.REFUSED, 6),
    REFUSED_ENFORCEMENT_FILE(Group.REFUSED, 7),
    REFUSED_INQUIRY(Group.REFUSED, 8),
    UNAVAILABLE_NOT_HELD(Group.UNAVAILABLE, 1),
    UNAVAILABLE_NEEDS_CREATION(Group.UNAVAILABLE, 2),
    UNAVAILABLE_UNCLEAR(Group.UNAVAILABLE, 3),
    NOT_PROCESSED_PETITION(Group.NOT_PROCESSED, 1),
    NOT_PROCESSED_REPEAT(Group.NOT_PROCESSED, 2),
    NOT_PROCESSED_PUBLICATION(Group.NOT_PROCESSED, 3),
    NOT_PROCESSED_MASS_REPEAT(Group.NOT_PROCESSED, 4),
    NOT_PROCESSED_CONFIRMATION(Group.NOT_PROCESSED, 5),
    OTHER_NO_CORRECTION(Group.OTHER, 1),
    OTHER_FEE_UNPAID(Group.OTHER, 2),
    OTHER(Group.OTHER, 3);

    /** The table's groups (一)…(六). */
    public enum Group {
        DISCLOSED, PARTIAL, REFUSED, UNAVAILABLE, NOT_PROCESSED, OTHER
    }

    private final Group group;
    private final int item;

    Outcome(Group group, int item) {
        this.group = group;
        this.item = item;
    }

    public Group group() {
        return group;
    }

    /** The numbered sub-row within the group (1…8), or 0 for groups without sub-rows. */
    public int item() {
        return item;
    }
}
