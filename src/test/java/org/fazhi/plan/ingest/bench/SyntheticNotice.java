package org.fazhi.plan.ingest.bench;

import java.nio.charset.StandardCharsets;

/**
 * A synthetic notice of a given size in the seed's style: a header, then sections of ten "N．" tasks,
 * each with a deadline in its text and an inline 〔责任单位:…〕 tag with nested brackets.
 */
public final class SyntheticNotice {

    private static final String HEADER = """
            某府办函〔2023〕99号
            各县(市、区)人民政府,市直园区管委会,市直各部门:
            《某市2023年度法治政府建设重点工作安排》已经市政府同意,现印发给你们,请结合实际认真组织实施。
            某市人民政府办公室
            2023年2月1日
            某市人民政府
            2023年度法治政府建设重点工作安排
            """;
    private static final String BODY = "围绕重点领域完善制度体系,协同强化行政执法监督、协同优化法律服务、协同开展法治宣传,"
            + "加强政策协同,推进“一网通办”和“双随机、一公开”监管,严格落实《某市重大行政决策程序规定(2021—2025年)》,"
            + "于2023年9月底前完成阶段任务。持续推进规范化建设,全面提升依法行政水平。";
    private static final String TAG = "〔责任单位:市司法局、市发展改革委、市市场监管局、市直有关部门,各县(市、区)政府〕";

    private SyntheticNotice() {
    }

    /** A UTF-8 notice of at least {@code bytes} bytes. */
    public static byte[] ofSize(int bytes) {
        StringBuilder text = new StringBuilder(HEADER);
        int task = 0;
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            StringBuilder chunk = new StringBuilder("一、推进第").append(task / 10 + 1).append("批重点工作\n");
            for (int i = 0; i < 10; i++) {
                task++;
                chunk.append(task).append("．加强第").append(task).append("项重点任务落实。").append(BODY).append(TAG).append('\n');
            }
            text.append(chunk);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The number of tasks in a notice made by {@link #ofSize(int)}. */
    public static int taskCount(byte[] notice) {
        return new String(notice, StandardCharsets.UTF_8).split("项重点任务落实", -1).length - 1;
    }
}
