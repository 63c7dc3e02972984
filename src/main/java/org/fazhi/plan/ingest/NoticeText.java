package org.fazhi.plan.ingest;

import java.util.stream.Collectors;

/**
 * The readable text of an imported notice, kept with the plan so what was imported can always be shown:
 * a text notice decoded as the parser decoded it; a .docx/.xlsx notice rendered from what was parsed
 * (the original file is kept byte for byte beside it).
 */
public final class NoticeText {

    private NoticeText() {
    }

    public static String of(byte[] content, ParsedNotice notice) {
        if ("text".equals(notice.format())) {
            try {
                return TextDecoder.decode(content);
            } catch (RefusedException e) {
                return render(notice);
            }
        }
        return render(notice);
    }

    private static String render(ParsedNotice notice) {
        StringBuilder sb = new StringBuilder();
        line(sb, notice.docNumber());
        line(sb, notice.title());
        for (ParsedSection section : notice.sections()) {
            line(sb, section.heading());
            for (ParsedTask task : section.tasks()) {
                String units = task.responsibilities().stream().map(Responsibility::name)
                        .collect(Collectors.joining("、"));
                line(sb, (task.label() == null ? "" : task.label()) + task.title() + "。" + task.body()
                        + (units.isEmpty() ? "" : "（责任单位：" + units + "）")
                        + (task.dueText() == null ? "" : "（完成时限：" + task.dueText() + "）"));
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String text) {
        if (text != null && !text.isBlank()) {
            sb.append(text).append('\n');
        }
    }
}
