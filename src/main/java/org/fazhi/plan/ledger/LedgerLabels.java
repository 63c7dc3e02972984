package org.fazhi.plan.ledger;

import java.util.List;
import java.util.Locale;
import org.fazhi.plan.TrafficLight;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words of an exported ledger — column headers, title, sheet name, Word labels, traffic lights — from
 * the message bundle ({@code i18n/ledger/messages}) in one locale: zh-CN by default, English when the user's
 * locale is English. The writers take one of these; the round trip accepts the headers of either language.
 */
public final class LedgerLabels {

    /** Message keys of the Excel columns, in order. */
    static final List<String> COLUMN_KEYS = List.of("number", "title", "body", "lead", "unit", "due", "progress",
            "remark");
    private static final List<String> CSV_KEYS = List.of("csv.docNumber", "csv.section", "column.number",
            "column.title", "column.body", "column.lead", "column.unit", "column.due", "csv.dueDate", "csv.light",
            "column.progress");
    /** The locales an export can be in; the round trip recognises the headers of each. */
    static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private static final MessageSource BUNDLE = bundle();
    private static final LedgerLabels CHINESE = new LedgerLabels(BUNDLE, Locale.SIMPLIFIED_CHINESE);

    private final MessageSource messages;
    private final Locale locale;
    private final List<String> columns;
    private final List<String> csvColumns;

    public LedgerLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        this.columns = COLUMN_KEYS.stream().map(k -> text("ledger.export.column." + k)).toList();
        this.csvColumns = CSV_KEYS.stream().map(k -> text("ledger.export." + k)).toList();
    }

    /** The zh-CN labels straight from the bundle, for code without a Spring context (benchmarks, unit tests). */
    public static LedgerLabels chinese() {
        return CHINESE;
    }

    /** The labels from the bundle alone (no Spring context) in {@code locale}. */
    public static LedgerLabels of(Locale locale) {
        return new LedgerLabels(BUNDLE, locale);
    }

    /** The Excel column headers of every export language (the round trip accepts any of them). */
    static List<List<String>> knownColumns(MessageSource messages) {
        return LOCALES.stream().map(l -> new LedgerLabels(messages, l).columns()).toList();
    }

    public Locale locale() {
        return locale;
    }

    /** 序号, 重点任务, 工作内容, 牵头单位, 责任单位, 完成时限, 进展情况, 备注 — in the export's language. */
    public List<String> columns() {
        return columns;
    }

    public List<String> csvColumns() {
        return csvColumns;
    }

    /** A message of the bundle; an unknown key (e.g. another module's status key without its bundle) as is. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String light(TrafficLight light) {
        return text("ledger.light." + light.name());
    }

    /**
     * The 进展情况 text of some marks, one line each: "【绿灯】进行中：text"; a lead's (or, with
     * {@code named}, every) line starts with the unit's name.
     */
    public String progress(List<Ledger.Progress> marks, boolean named, String separator) {
        StringBuilder text = new StringBuilder();
        for (Ledger.Progress p : marks) {
            if (text.length() > 0) {
                text.append(separator);
            }
            String status = p.mark().statusKey() == null ? "" : text(p.mark().statusKey());
            String words = p.mark().progressText() == null ? "" : p.mark().progressText().strip();
            String detail = status.isEmpty() || words.isEmpty() ? status + words
                    : text("ledger.export.statusText", status, words);
            String line = text("ledger.export.mark", light(p.mark().light()), detail).strip();
            text.append(named || p.lead() ? text("ledger.export.markOf", p.unit(), line) : line);
        }
        return text.toString();
    }

    /** The lights of some marks, joined with 、 (the CSV's 红黄绿灯 column). */
    public String lights(List<Ledger.Progress> marks) {
        return String.join("、", marks.stream().map(p -> light(p.mark().light())).toList());
    }

    private static MessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/ledger/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
