package org.fazhi.plan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.plan.ledger.Ledger;

/** A ledger of a given number of task-unit rows, shaped like the seed: four units per task, 25 tasks a section. */
final class SyntheticLedger {

    static final int UNITS_PER_TASK = 4;
    private static final int TASKS_PER_SECTION = 25;
    private static final String BODY = "坚持把人民群众的生命安全和身体健康放在第一位，依法加强人身权财产权保护。落实常态化精准防控要求，"
            + "依法实施应急处置措施，加强疫情防控规范性文件合法性审查，始终在法治轨道上统筹推进各项防控工作。";

    private SyntheticLedger() {
    }

    static Ledger of(int rows) {
        int tasks = Math.max(1, rows / UNITS_PER_TASK);
        List<Ledger.Part> parts = new ArrayList<>();
        List<Ledger.Item> items = new ArrayList<>();
        for (int t = 1; t <= tasks; t++) {
            List<String> units = List.of("市司法局", "市发展改革委", "船山区人民政府", "遂宁高新技术产业园区");
            items.add(new Ledger.Item(t, t, "（" + t + "）", "依法抓好常态化疫情防控第" + t + "项", BODY,
                    List.of("市政府办公室"), units, units, "2030年12月底前", LocalDate.of(2030, 12, 31)));
            if (items.size() == TASKS_PER_SECTION || t == tasks) {
                parts.add(new Ledger.Part(parts.size() + 1, "第" + (parts.size() + 1) + "部分", items));
                items = new ArrayList<>();
            }
        }
        return new Ledger("遂宁市人民政府2030年度法治政府建设重点工作安排", "遂府办函〔2030〕1号", "遂宁市人民政府办公室",
                LocalDate.of(2030, 3, 1), null, parts);
    }
}
